// How figures read in the chosen language (Intl): one decimal for NPS, grouped money with two
// decimals, dates as the language writes them ("2026-11-15" in English, "15.11.2026" in German).
import { dateLocale, numberLocale, t } from './i18n.js';

const DASH = '–';

function number(value, minimumFractionDigits, maximumFractionDigits) {
  return new Intl.NumberFormat(numberLocale(), { minimumFractionDigits, maximumFractionDigits }).format(Number(value));
}

function missing(value) {
  return value === null || value === undefined;
}

export function nps(value) {
  return missing(value) ? DASH : number(value, 1, 1);
}

export function money(value, currency) {
  if (missing(value)) {
    return DASH;
  }
  const amount = number(value, 2, 2);
  return currency ? `${amount} ${currency}` : amount;
}

export function percent(ratio) {
  return missing(ratio) ? DASH : `${number(ratio * 100, 1, 1)} %`;
}

/** A count, grouped ("1.234" in German). */
export function count(value) {
  return missing(value) ? DASH : number(value, 0, 0);
}

export function interval(result) {
  return result && result.interval ? t('format.interval', { low: nps(result.interval.low), high: nps(result.interval.high) }) : DASH;
}

/** A YYYY-MM-DD day of the API as the language writes it. */
export function date(isoDate) {
  if (!isoDate) {
    return DASH;
  }
  return new Intl.DateTimeFormat(dateLocale(), { timeZone: 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(new Date(isoDate.slice(0, 10) + 'T00:00:00Z'));
}

/** A month of a YYYY-MM-DD day, for chart axes: "2026-11" in English, "11.2026" in German. */
export function month(isoDate) {
  return new Intl.DateTimeFormat(dateLocale(), { timeZone: 'UTC', year: 'numeric', month: '2-digit' })
    .format(new Date(isoDate.slice(0, 10) + 'T00:00:00Z'));
}

/** The loyalty class as people say it: "non_responder" reads "non-responder" ("ohne Antwort"). */
export function loyalty(loyaltyClass) {
  return loyaltyClass ? t(`loyalty.${loyaltyClass}`) : DASH;
}

/** An event type as people say it: "support_ticket" reads "support ticket". */
export function eventType(type) {
  return type ? t(`event.${type}`) : DASH;
}

/** A LocalDate plus or minus days or months, as YYYY-MM-DD. */
export function shift(isoDate, { days = 0, months = 0 } = {}) {
  const day = new Date(isoDate + 'T00:00:00Z');
  day.setUTCMonth(day.getUTCMonth() + months);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** The last day of the month of a date, as YYYY-MM-DD. */
export function monthEnd(isoDate) {
  const day = new Date(isoDate.slice(0, 7) + '-01T00:00:00Z');
  day.setUTCMonth(day.getUTCMonth() + 1);
  day.setUTCDate(0);
  return day.toISOString().slice(0, 10);
}

export function today() {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
}

/** A score on the 0..100 scale (health, a factor, a contribution) reads like an NPS: one decimal. */
export const score = nps;

/** A number with at most two decimals, grouped: a weight, a count of days. */
export function decimal(value) {
  return missing(value) ? DASH : number(value, 0, 2);
}

/** An instant of the API (ISO-8601) as the language writes a day and time, in the browser's zone. */
export function dateTime(instant) {
  return new Intl.DateTimeFormat(dateLocale(), { dateStyle: 'short', timeStyle: 'medium' }).format(new Date(instant));
}

// How figures read: one decimal for NPS, grouped money, ISO dates as the API gives them.

const DASH = '–';

export function nps(value) {
  return value === null || value === undefined ? DASH : value.toFixed(1);
}

export function money(value, currency) {
  if (value === null || value === undefined) {
    return DASH;
  }
  const amount = Number(value).toLocaleString('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return currency ? `${amount} ${currency}` : amount;
}

export function percent(ratio) {
  return ratio === null || ratio === undefined ? DASH : (ratio * 100).toFixed(1) + ' %';
}

export function interval(result) {
  return result && result.interval ? `${nps(result.interval.low)} to ${nps(result.interval.high)}` : DASH;
}

/** The loyalty class as people say it: "non_responder" reads "non-responder". */
export function loyalty(loyaltyClass) {
  return loyaltyClass ? loyaltyClass.replace('_', '-') : DASH;
}

/** An event type as people say it: "support_ticket" reads "support ticket". */
export function words(value) {
  return value ? value.replaceAll('_', ' ') : DASH;
}

/** A LocalDate plus or minus days or months, as YYYY-MM-DD. */
export function shift(isoDate, { days = 0, months = 0 } = {}) {
  const date = new Date(isoDate + 'T00:00:00Z');
  date.setUTCMonth(date.getUTCMonth() + months);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The last day of the month of a date, as YYYY-MM-DD. */
export function monthEnd(isoDate) {
  const date = new Date(isoDate.slice(0, 7) + '-01T00:00:00Z');
  date.setUTCMonth(date.getUTCMonth() + 1);
  date.setUTCDate(0);
  return date.toISOString().slice(0, 10);
}

export function today() {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
}

/** A score on the 0..100 scale (health, a factor, a contribution) reads like an NPS: one decimal. */
export const score = nps;

/** A number with one decimal, grouped: a weight, a count of days. */
export function decimal(value) {
  return value === null || value === undefined ? DASH : Number(value).toLocaleString('en', { maximumFractionDigits: 2 });
}

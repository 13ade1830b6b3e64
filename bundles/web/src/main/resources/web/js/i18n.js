// The page's languages: English and German. How a view uses it:
//
//   import { t } from './i18n.js';
//   h('h1', {}, t('portfolio.title'));                       // a plain text
//   t('pager.range', { first: 1, last: 25, total: 200 });    // "{first}–{last} of {total}"
//   t('health.allData', { count: n });                       // "health.allData.one" or ".other" where there are
//
// Every text of the page lives in messages/en.json and messages/de.json under the same key (the web
// bundle's MessageCataloguesTest fails when a key is missing in one of them or a call of t names an
// unknown key); name keys after the view ("topics.title"). Figures and dates go through format.js,
// which formats with Intl for the chosen language. Host data (names, reasons, comments) is shown as
// it comes and never translated; the REST API and the console stay English.
//
// The language is the one picked in the header (remembered in localStorage), else the browser's
// first German or English preference, else English. Changing it re-renders the current view.
import de from './messages/de.json' with { type: 'json' };
import en from './messages/en.json' with { type: 'json' };

const CATALOGUES = { en, de };
/** The Intl locales of each language: English dates stay in the API's year-month-day order. */
const LOCALES = { en: { numbers: 'en', dates: 'en-CA' }, de: { numbers: 'de-DE', dates: 'de-DE' } };
const STORAGE_KEY = 'accountsuccess.language';
export const LANGUAGES = [['en', 'English'], ['de', 'Deutsch']];

let language = initialLanguage();

function initialLanguage() {
  const stored = readStored();
  if (stored in CATALOGUES) {
    return stored;
  }
  const preferred = (navigator.languages ?? [navigator.language]).map((tag) => tag.slice(0, 2).toLowerCase());
  return preferred.find((tag) => tag in CATALOGUES) ?? 'en';
}

function readStored() {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage refused (a sandboxed frame): the browser's choice then
  }
}

export function currentLanguage() {
  return language;
}

/** Picks a language, remembers it and marks the document with it. */
export function setLanguage(next) {
  language = next in CATALOGUES ? next : 'en';
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // not remembered in a frame without storage; the choice still holds until the page reloads
  }
  document.documentElement.lang = language;
}

/** The Intl locale for numbers and money. */
export function numberLocale() {
  return LOCALES[language].numbers;
}

/** The Intl locale for dates. */
export function dateLocale() {
  return LOCALES[language].dates;
}

/** Whether the catalogues have a key: for names that may come from outside (an integrator's factor). */
export function known(key) {
  return key in CATALOGUES[language];
}

/**
 * The text of a key in the current language with {name} placeholders filled in; with a numeric
 * {count} the key's ".one" or ".other" form where the catalogue has one.
 */
export function t(key, params = {}) {
  const catalogue = CATALOGUES[language];
  const plural = typeof params.count === 'number'
    ? `${key}.${new Intl.PluralRules(language).select(params.count)}` : null;
  const text = (plural && (catalogue[plural] ?? catalogue[`${key}.other`])) ?? catalogue[key];
  if (text === undefined) {
    return key;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

document.documentElement.lang = language;

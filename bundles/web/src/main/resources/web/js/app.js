// The page's router and its navigation; each view is one hash path, ?asOf=YYYY-MM-DD on any of them,
// and ?lang=de or ?lang=en to open it in a language (a CRM that frames the page knows its user's).
import { ApiError, currentUser, hasRole, seesAccounts, signInWithLaunch, signOut } from './api.js';
import { renderAccount } from './account.js';
import { renderAnalytics } from './analytics.js';
import { clearCharts } from './charts.js';
import { renderCohorts } from './cohorts.js';
import { renderDeadLetters } from './deadletters.js';
import { h, loading, show } from './dom.js';
import { renderEnps } from './enps.js';
import { renderFollowUps } from './followups.js';
import { today } from './format.js';
import { currentLanguage, LANGUAGES, setLanguage, t } from './i18n.js';
import { renderLogin } from './login.js';
import { renderMovements } from './movements.js';
import { showOverdueCount } from './overdue.js';
import { renderPipeline } from './pipeline.js';
import { renderPortfolio } from './portfolio.js';
import { renderSimulator } from './simulator.js';
import { renderTopics } from './topics.js';

const main = document.getElementById('main');
const nav = document.getElementById('nav');
const asOfInput = document.getElementById('as-of');
const logout = document.getElementById('logout');
const language = document.getElementById('language');

/** The views in navigation order, each shown only to the roles whose API calls it makes answer. */
const VIEWS = [
  { path: '/', title: 'nav.portfolio', allowed: seesAccounts, render: renderPortfolio },
  { path: '/renewals', title: 'nav.renewals', allowed: seesAccounts, render: renderPipeline },
  { path: '/analytics', title: 'nav.analytics', allowed: seesAccounts, render: renderAnalytics },
  { path: '/topics', title: 'nav.topics', allowed: seesAccounts, render: renderTopics },
  { path: '/movements', title: 'nav.movements', allowed: seesAccounts, render: renderMovements },
  { path: '/cohorts', title: 'nav.cohorts', allowed: seesAccounts, render: renderCohorts },
  { path: '/simulator', title: 'nav.simulator', allowed: seesAccounts, render: renderSimulator },
  { path: '/followups', title: 'nav.followups', allowed: seesAccounts, render: renderFollowUps },
  { path: '/enps', title: 'nav.enps', allowed: () => hasRole('hr'), render: renderEnps },
  { path: '/dead-letters', title: 'nav.webhooks', allowed: () => hasRole('admin'), render: renderDeadLetters },
];

function route() {
  const [path, query] = location.hash.replace(/^#/, '').split('?');
  const parameters = new URLSearchParams(query);
  return { path: path || '/', asOf: parameters.get('asOf') || today(), lang: parameters.get('lang') };
}

function renderNav(views, path, asOf) {
  show(nav, views.map((view) => h('a', {
    href: `#${view.path}?asOf=${asOf}`,
    'data-view': view.path,
    'aria-current': view.path === path || (view.path === '/' && path.startsWith('/accounts/')) ? 'page' : null,
  }, t(view.title))));
}

/** The header's own texts in the current language. */
function renderHeader() {
  nav.setAttribute('aria-label', t('nav.label'));
  show(document.getElementById('as-of-label'), t('header.asOf'));
  show(document.getElementById('language-label'), t('header.language'));
  show(logout, t('header.logout'));
  show(language, LANGUAGES.map(([code, name]) => h('option', { value: code, lang: code, selected: code === currentLanguage() }, name)));
  document.title = t('app.title');
}

/** A view that could not be shown: a heading, what happened, and the way back to the first view. */
function errorView(error, account, home) {
  const hidden = account && error instanceof ApiError && (error.status === 404 || error.status === 403);
  return h('section', { class: 'panel error-view', id: 'error-view', role: 'alert' },
    h('h1', {}, hidden ? t('error.account.title') : t('error.title')),
    h('p', {}, hidden ? t('error.account.text', { id: account }) : t('error.text')),
    h('p', { class: 'muted' }, t('error.detail', { detail: error.message })),
    h('p', {}, h('a', { href: home, id: 'error-back' }, t('error.back'))));
}

let launchError = null;

async function render() {
  clearCharts();
  const { path, asOf, lang } = route();
  if (lang && lang !== currentLanguage()) {
    setLanguage(lang);
  }
  renderHeader();
  if (!currentUser()) {
    show(document.getElementById('user'));
    show(nav);
    logout.hidden = true;
    renderLogin(main, render, launchError);
    return;
  }
  show(document.getElementById('user'), currentUser());
  logout.hidden = false;
  asOfInput.value = asOf;
  const views = VIEWS.filter((view) => view.allowed());
  renderNav(views, path, asOf);
  if (views.some((view) => view.path === '/followups')) {
    showOverdueCount(asOf);
  }
  if (views.length === 0) {
    show(main, h('h1', {}, t('error.noRole.title')),
      h('p', { class: 'error', role: 'alert' }, t('error.noRole.text', { user: currentUser() })));
    return;
  }
  // each render draws into a node of its own: a slower earlier view that finishes late writes into
  // a node no longer on the page instead of over the current view
  const node = h('div', { 'aria-busy': 'true' }, loading());
  show(main, node);
  // the new view starts at the top; focus moves to it for screen readers without scrolling (the
  // host's page either, when this page is in a frame)
  window.scrollTo(0, 0);
  main.focus({ preventScroll: true });
  const account = path.match(/^\/accounts\/([^/]+)$/);
  const view = views.find((v) => v.path === path);
  try {
    if (account && seesAccounts()) {
      await renderAccount(node, decodeURIComponent(account[1]), asOf);
    } else if (view) {
      await view.render(node, asOf);
    } else {
      location.replace(`#${views[0].path}?asOf=${asOf}`);
      return;
    }
  } catch (error) {
    show(node, errorView(error, account && decodeURIComponent(account[1]), `#${views[0].path}?asOf=${asOf}`));
  } finally {
    node.removeAttribute('aria-busy');
  }
}

asOfInput.addEventListener('change', () => {
  if (asOfInput.value) {
    location.hash = `#${route().path}?asOf=${asOfInput.value}`;
  }
});
language.addEventListener('change', () => {
  setLanguage(language.value);
  // the choice made here wins over a ?lang= the page was opened with
  const [path, query] = location.hash.split('?');
  const parameters = new URLSearchParams(query);
  if (parameters.has('lang')) {
    parameters.delete('lang');
    history.replaceState(null, '', `${path}?${parameters}`);
  }
  render();
});
logout.addEventListener('click', () => {
  signOut();
  render();
});
window.addEventListener('hashchange', render);

/**
 * Sign-in from the CRM: a page opened as #/accounts/acc-001?launch=<JWT> exchanges the launch
 * token for a session first. The token leaves the address at once, so it stays out of the
 * history; a fragment never reaches a server's access log.
 */
async function start() {
  const [path, query] = location.hash.replace(/^#/, '').split('?');
  const parameters = new URLSearchParams(query);
  const launch = parameters.get('launch');
  if (launch) {
    parameters.delete('launch');
    const rest = parameters.toString();
    history.replaceState(null, '', `#${path || '/'}${rest ? `?${rest}` : ''}`);
    try {
      await signInWithLaunch(launch);
    } catch (error) {
      launchError = t('login.launchFailed', { detail: error.message });
    }
  }
  render();
}
start();

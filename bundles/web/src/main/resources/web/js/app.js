// The page's router and its navigation; each view is one hash path, ?asOf=YYYY-MM-DD on any of them.
import { currentUser, hasRole, seesAccounts, signOut } from './api.js';
import { renderAccount } from './account.js';
import { renderAnalytics } from './analytics.js';
import { clearCharts } from './charts.js';
import { renderCohorts } from './cohorts.js';
import { renderDeadLetters } from './deadletters.js';
import { h, show } from './dom.js';
import { renderEnps } from './enps.js';
import { renderFollowUps } from './followups.js';
import { today } from './format.js';
import { renderLogin } from './login.js';
import { renderMovements } from './movements.js';
import { renderPipeline } from './pipeline.js';
import { renderPortfolio } from './portfolio.js';
import { renderSimulator } from './simulator.js';

const main = document.getElementById('main');
const nav = document.getElementById('nav');
const asOfInput = document.getElementById('as-of');
const logout = document.getElementById('logout');

/** The views in navigation order, each shown only to the roles whose API calls it makes answer. */
const VIEWS = [
  { path: '/', title: 'Portfolio', allowed: seesAccounts, render: renderPortfolio },
  { path: '/renewals', title: 'Renewals', allowed: seesAccounts, render: renderPipeline },
  { path: '/analytics', title: 'Analytics', allowed: seesAccounts, render: renderAnalytics },
  { path: '/movements', title: 'MRR movements', allowed: seesAccounts, render: renderMovements },
  { path: '/cohorts', title: 'Cohorts', allowed: seesAccounts, render: renderCohorts },
  { path: '/simulator', title: 'Simulator', allowed: seesAccounts, render: renderSimulator },
  { path: '/followups', title: 'Follow-ups', allowed: seesAccounts, render: renderFollowUps },
  { path: '/enps', title: 'eNPS', allowed: () => hasRole('hr'), render: renderEnps },
  { path: '/dead-letters', title: 'Webhooks', allowed: () => hasRole('admin'), render: renderDeadLetters },
];

function route() {
  const [path, query] = location.hash.replace(/^#/, '').split('?');
  const asOf = new URLSearchParams(query).get('asOf') || today();
  return { path: path || '/', asOf };
}

function renderNav(views, path, asOf) {
  show(nav, views.map((view) => h('a', {
    href: `#${view.path}?asOf=${asOf}`,
    'aria-current': view.path === path || (view.path === '/' && path.startsWith('/accounts/')) ? 'page' : null,
  }, view.title)));
}

async function render() {
  clearCharts();
  if (!currentUser()) {
    show(document.getElementById('user'));
    show(nav);
    logout.hidden = true;
    renderLogin(main, render);
    return;
  }
  show(document.getElementById('user'), currentUser());
  logout.hidden = false;
  const { path, asOf } = route();
  asOfInput.value = asOf;
  const views = VIEWS.filter((view) => view.allowed());
  renderNav(views, path, asOf);
  if (views.length === 0) {
    show(main, h('p', { class: 'error', role: 'alert' },
      `The user ${currentUser()} has none of the roles admin, manager, rep or hr, so there is nothing to show.`));
    return;
  }
  // each render draws into a node of its own: a slower earlier view that finishes late writes into
  // a node no longer on the page instead of over the current view
  const node = h('div');
  show(main, node);
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
    if (node.isConnected) {
      main.focus();
    }
  } catch (error) {
    show(node, h('p', { class: 'error', role: 'alert' }, error.message));
  }
}

asOfInput.addEventListener('change', () => {
  if (asOfInput.value) {
    location.hash = `#${route().path}?asOf=${asOfInput.value}`;
  }
});
logout.addEventListener('click', () => {
  signOut();
  render();
});
window.addEventListener('hashchange', render);
render();

// The page's router: #/ is the portfolio, #/accounts/{id} one account; ?asOf=YYYY-MM-DD on either.
import { currentUser, signOut } from './api.js';
import { renderAccount } from './account.js';
import { clearCharts } from './charts.js';
import { h, show } from './dom.js';
import { today } from './format.js';
import { renderLogin } from './login.js';
import { renderPortfolio } from './portfolio.js';

const main = document.getElementById('main');
const asOfInput = document.getElementById('as-of');
const logout = document.getElementById('logout');

function route() {
  const [path, query] = location.hash.replace(/^#/, '').split('?');
  const asOf = new URLSearchParams(query).get('asOf') || today();
  return { path: path || '/', asOf };
}

async function render() {
  clearCharts();
  if (!currentUser()) {
    show(document.getElementById('user'));
    logout.hidden = true;
    renderLogin(main, render);
    return;
  }
  show(document.getElementById('user'), currentUser());
  logout.hidden = false;
  const { path, asOf } = route();
  asOfInput.value = asOf;
  const account = path.match(/^\/accounts\/([^/]+)$/);
  try {
    if (account) {
      await renderAccount(main, decodeURIComponent(account[1]), asOf);
    } else {
      renderPortfolio(main, asOf);
    }
    main.focus();
  } catch (error) {
    show(main, h('p', { class: 'error', role: 'alert' }, error.message));
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

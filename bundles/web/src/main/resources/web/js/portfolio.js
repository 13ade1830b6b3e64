// The portfolio: the account list with filters and sorting, NPS over time, retention and renewals.
import { get } from './api.js';
import { bars, lineWithBand } from './charts.js';
import { guard, h, pageControls, panel, show, tile } from './dom.js';
import { bandBadge } from './health.js';
import { interval, loyalty, money, nps, percent, score, shift } from './format.js';

const PAGE_SIZE = 25;
const COLUMNS = [
  ['id', 'Account'], ['name', 'Name'], ['owner', 'Owner'], ['segment', 'Segment'], ['tier', 'Tier'],
  ['arr', 'ARR', 'num'], ['accountNps', 'NPS', 'num'], [null, 'Loyalty'], ['health', 'Health'], [null, 'Flags'],
];
const list = { segment: '', owner: '', tier: '', loyaltyClass: '', band: '', sort: 'id', offset: 0 };

export function renderPortfolio(main, asOf) {
  const accounts = panel('Accounts', 'accounts');
  const trend = panel('NPS over time (trailing 90 days, with its 95 % interval)', 'nps-trend');
  const retention = panel('Retention and renewals', 'retention');
  show(main, h('h1', {}, 'Portfolio'), accounts, h('div', { class: 'grid' }, trend, retention));
  renderAccounts(accounts, asOf);
  guard(trend, () => renderNpsTrend(trend, asOf));
  renderRetention(retention, shift(asOf, { days: 1, months: -12 }), asOf);
}

function renderAccounts(section, asOf) {
  const field = (name, label, control) => {
    control.value = list[name];
    control.addEventListener('change', () => {
      list[name] = control.value;
      list.offset = 0;
      reload();
    });
    return h('label', {}, label, control);
  };
  const options = (values) => values.map(([value, text]) => h('option', { value }, text));
  const filters = h('form', { class: 'filters', role: 'search', onsubmit: (e) => e.preventDefault() },
    field('segment', 'Segment', h('input', { type: 'search', name: 'segment', placeholder: 'e.g. Enterprise' })),
    field('owner', 'Owner', h('input', { type: 'search', name: 'owner', placeholder: 'user id' })),
    field('tier', 'Tier', h('select', { name: 'tier' }, options([['', 'any'], ['1', '1'], ['2', '2'], ['3', '3']]))),
    field('loyaltyClass', 'Loyalty', h('select', { name: 'loyaltyClass' }, options([['', 'any'],
      ['promoter', 'promoter'], ['passive', 'passive'], ['detractor', 'detractor'], ['non_responder', 'non-responder']]))),
    field('band', 'Health', h('select', { name: 'band' }, options([['', 'any'],
      ['green', 'green'], ['yellow', 'yellow'], ['red', 'red']]))));
  const body = h('div', { class: 'table-wrap' });
  const pager = h('div', { class: 'pager' });
  section.append(filters, body, pager);
  const reload = () => guard(pager, load);

  async function load() {
    const page = await get('accounts', { ...list, asOf, limit: PAGE_SIZE });
    show(body, accountTable(page.items, asOf, reload));
    show(pager, pageControls(page, (offset) => { list.offset = offset; reload(); }, 'account-count'));
  }
  reload();
}

function accountTable(items, asOf, reload) {
  const header = ([key, label, cls]) => {
    if (!key) {
      return h('th', {}, label);
    }
    const direction = list.sort === key ? 'ascending' : list.sort === '-' + key ? 'descending' : null;
    const sort = () => {
      list.sort = list.sort === key ? '-' + key : key;
      reload();
    };
    return h('th', { class: cls, 'aria-sort': direction ?? 'none' },
      h('button', { type: 'button', class: 'link', onclick: sort }, label, direction === 'ascending' ? ' ▲' : direction ? ' ▼' : ''));
  };
  return h('table', { id: 'account-list' },
    h('thead', {}, h('tr', {}, COLUMNS.map(header))),
    h('tbody', {}, items.map((a) => h('tr', { 'data-account': a.id },
      h('td', {}, h('a', { href: `#/accounts/${encodeURIComponent(a.id)}?asOf=${asOf}` }, a.id)),
      h('td', {}, a.name), h('td', {}, a.owner), h('td', {}, a.segment), h('td', {}, a.tier),
      h('td', { class: 'num' }, money(a.arr)), h('td', { class: 'num' }, nps(a.accountNps)),
      h('td', {}, h('span', { class: `badge ${a.loyaltyClass}` }, loyalty(a.loyaltyClass))),
      h('td', { class: 'health' }, score(a.health), ' ', bandBadge(a.band)),
      h('td', { class: 'flag' }, a.flags.join(', '))))));
}

async function renderNpsTrend(section, asOf) {
  const series = await get('nps/series', { to: asOf, months: 12, windowDays: 90 });
  const points = series.points.map(({ window, nps: r }) => ({
    label: window.to.slice(0, 7), value: r.value, low: r.interval?.low ?? null, high: r.interval?.high ?? null,
  }));
  const latest = series.points[series.points.length - 1].nps;
  section.append(
    h('p', { 'data-test': 'nps-latest' }, `Latest: NPS ${nps(latest.value)} (95 % interval ${interval(latest)}, n = ${latest.n}).`),
    lineWithBand('NPS by month, trailing 90 days', points));
}

function renderRetention(section, from, to) {
  const start = h('input', { type: 'date', name: 'from', value: from, required: true });
  const end = h('input', { type: 'date', name: 'to', value: to, required: true });
  const figures = h('div');
  const form = h('form', { class: 'controls' }, h('label', {}, 'From', start), h('label', {}, 'To', end),
    h('button', { type: 'submit' }, 'Show'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    guard(figures, load);
  });
  section.append(form, figures);

  async function load() {
    const period = { from: start.value, to: end.value };
    // only the renewal figures are shown here: one due contract is enough of the list
    const [retention, renewals] = await Promise.all([get('retention', period), get('renewals', { ...period, limit: 1 })]);
    show(figures,
      h('div', { class: 'tiles' },
        tile('Net revenue retention', percent(retention.nrr), `gross ${percent(retention.grr)}`, 'nrr'),
        tile('Logo retention', percent(retention.logoRetention), `${retention.retainedLogos} of ${retention.cohort} accounts`, 'logo-retention'),
        tile('Renewal rate', percent(renewals.rateCount), `${renewals.renewed} of ${renewals.due} due; by value ${percent(renewals.rateValue)}`, 'renewal-rate'),
        tile('MRR', money(retention.endMrr), `from ${money(retention.startMrr)}`, 'mrr')),
      bars('MRR bridge', [
        { label: 'start', value: retention.startMrr }, { label: 'new', value: retention.newMrr },
        { label: 'reactivation', value: retention.reactivationMrr },
        { label: 'expansion', value: retention.expansion }, { label: 'contraction', value: -retention.contraction },
        { label: 'churned', value: -retention.churned }, { label: 'end', value: retention.endMrr },
      ]));
  }
  guard(figures, load);
}

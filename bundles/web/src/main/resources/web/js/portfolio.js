// The portfolio: the account list (riskiest first by default) with filters and sorting, NPS over
// time against the previous period, retention and renewals. On narrow screens the list is cards.
import { currentUser, get, hasRole } from './api.js';
import { bridge, lineWithBand } from './charts.js';
import { empty, guard, h, pageControls, panel, show, tile } from './dom.js';
import { bandBadge } from './health.js';
import { t } from './i18n.js';
import { month, money, nps, percent, score, shift } from './format.js';
import { npsChange } from './nps.js';

const PAGE_SIZE = 25;
const COLUMNS = [
  ['id', 'accounts.column.account'], ['name', 'accounts.column.name'], ['owner', 'accounts.column.owner'],
  ['segment', 'accounts.column.segment'], ['tier', 'accounts.column.tier'], ['arr', 'accounts.column.arr', 'num'],
  ['accountNps', 'accounts.column.nps', 'num'], [null, 'accounts.column.loyalty'], ['health', 'accounts.column.health'],
  [null, 'accounts.column.flags'],
];
const SORTS = ['risk', 'id', 'name', '-arr', 'arr', 'health', '-health', '-accountNps', 'accountNps'];
const FILTERS = { segment: '', owner: '', tier: '', loyaltyClass: '', band: '' };
const list = { ...FILTERS, sort: 'risk', offset: 0 };

export function renderPortfolio(main, asOf) {
  const accounts = panel(hasRole('rep') && !hasRole('manager') && !hasRole('admin')
    ? t('accounts.mine', { user: currentUser() }) : t('accounts.title'), 'accounts');
  const trend = panel(t('trend.title'), 'nps-trend');
  const retention = panel(t('retention.title'), 'retention');
  show(main, h('h1', {}, t('portfolio.title')), accounts, h('div', { class: 'grid' }, trend, retention));
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
  const any = ['', t('filter.any')];
  const filters = h('form', { class: 'filters', role: 'search', 'aria-label': t('accounts.filters'), onsubmit: (e) => e.preventDefault() },
    field('segment', t('accounts.column.segment'), h('input', { type: 'search', name: 'segment', placeholder: t('filter.segment.example') })),
    field('owner', t('accounts.column.owner'), h('input', { type: 'search', name: 'owner', placeholder: t('filter.userId') })),
    field('tier', t('accounts.column.tier'), h('select', { name: 'tier' }, options([any, ['1', '1'], ['2', '2'], ['3', '3']]))),
    field('loyaltyClass', t('accounts.column.loyalty'), h('select', { name: 'loyaltyClass' }, options([any,
      ...['promoter', 'passive', 'detractor', 'non_responder'].map((c) => [c, t(`loyalty.${c}`)])]))),
    field('band', t('accounts.column.health'), h('select', { name: 'band' }, options([any,
      ...['green', 'yellow', 'red'].map((b) => [b, t(`band.${b}`)])]))),
    field('sort', t('accounts.sort'), h('select', { name: 'sort' }, options(SORTS.map((s) => [s, t(`accounts.sort.${s}`)])))));
  const body = h('div');
  const pager = h('div', { class: 'pager' });
  section.append(filters, body, pager);
  const reload = () => guard(body, load);

  async function load() {
    const page = await get('accounts', { ...list, asOf, limit: PAGE_SIZE });
    filters.querySelector('[name=sort]').value = list.sort;
    show(body, page.total === 0
      ? [empty(t('accounts.empty'), t('accounts.empty.why'), 'accounts-empty'),
        h('button', { type: 'button', class: 'secondary', onclick: () => { Object.assign(list, FILTERS, { offset: 0 }); renderFiltersAgain(); } },
          t('accounts.empty.clear'))]
      : accountTable(page.items, asOf, reload));
    show(pager, pageControls(page, (offset) => { list.offset = offset; reload(); }, 'account-count'));
  }
  function renderFiltersAgain() {
    filters.querySelectorAll('input, select').forEach((control) => { control.value = list[control.name]; });
    reload();
  }
  reload();
}

function accountTable(items, asOf, reload) {
  const header = ([key, label, cls]) => {
    if (!key) {
      return h('th', { scope: 'col' }, t(label));
    }
    const direction = list.sort === key ? 'ascending' : list.sort === '-' + key ? 'descending' : null;
    const sort = () => {
      list.sort = list.sort === key ? '-' + key : key;
      reload();
    };
    return h('th', { class: cls, scope: 'col', 'aria-sort': direction ?? 'none' },
      h('button', { type: 'button', class: 'link', onclick: sort }, t(label), direction === 'ascending' ? ' ▲' : direction ? ' ▼' : ''));
  };
  const cell = (column, attributes, ...content) => h('td', { ...attributes, 'data-label': t(COLUMNS[column][1]) }, content);
  return h('div', { class: 'table-wrap', role: 'group', tabindex: 0, 'aria-label': t('accounts.title') },
    h('table', { id: 'account-list', class: 'cards' },
      h('thead', {}, h('tr', {}, COLUMNS.map(header))),
      h('tbody', {}, items.map((a) => h('tr', { 'data-account': a.id },
        cell(0, { class: 'card-title' }, h('a', { href: `#/accounts/${encodeURIComponent(a.id)}?asOf=${asOf}` }, a.id)),
        cell(1, { class: 'card-title' }, a.name), cell(2, {}, a.owner), cell(3, {}, a.segment), cell(4, {}, a.tier),
        cell(5, { class: 'num' }, money(a.arr)), cell(6, { class: 'num' }, nps(a.accountNps)),
        cell(7, {}, h('span', { class: `badge ${a.loyaltyClass}` }, t(`loyalty.${a.loyaltyClass}`))),
        cell(8, { class: 'health' }, score(a.health), ' ', bandBadge(a.band)),
        cell(9, { class: 'flag' }, a.flags.map((f) => t(`flag.${f}`)).join(', ')))))));
}

async function renderNpsTrend(section, asOf) {
  const [series, change] = await Promise.all([
    get('nps/series', { to: asOf, months: 12, windowDays: 90 }),
    get('nps/compare', { from: shift(asOf, { days: -89 }), to: asOf })]);
  const points = series.points.map(({ window, nps: r }) => ({
    label: month(window.to), value: r.value, low: r.interval?.low ?? null, high: r.interval?.high ?? null,
  }));
  section.append(npsChange(change, 'nps-latest'), lineWithBand(t('trend.chart'), points));
}

function renderRetention(section, from, to) {
  const start = h('input', { type: 'date', name: 'from', value: from, required: true });
  const end = h('input', { type: 'date', name: 'to', value: to, required: true });
  const figures = h('div');
  const form = h('form', { class: 'controls' }, h('label', {}, t('period.from'), start), h('label', {}, t('period.to'), end),
    h('button', { type: 'submit' }, t('period.show')));
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
        tile(t('retention.nrr'), percent(retention.nrr), t('retention.grr', { grr: percent(retention.grr) }), 'nrr'),
        tile(t('retention.logos'), percent(retention.logoRetention),
          t('retention.logos.detail', { retained: retention.retainedLogos, cohort: retention.cohort }), 'logo-retention'),
        tile(t('retention.renewalRate'), percent(renewals.rateCount),
          t('retention.renewalRate.detail', { renewed: renewals.renewed, due: renewals.due, byValue: percent(renewals.rateValue) }), 'renewal-rate'),
        tile(t('retention.mrr'), money(retention.endMrr), t('retention.mrr.detail', { start: money(retention.startMrr) }), 'mrr')),
      bridge(t('retention.bridge'), [
        { label: t('bridge.start'), value: retention.startMrr, total: true },
        { label: t('bridge.new'), value: retention.newMrr },
        { label: t('bridge.reactivation'), value: retention.reactivationMrr }, { label: t('bridge.expansion'), value: retention.expansion },
        { label: t('bridge.contraction'), value: -retention.contraction }, { label: t('bridge.churned'), value: -retention.churned },
        { label: t('bridge.end'), value: retention.endMrr, total: true },
      ], money));
  }
  guard(figures, load);
}

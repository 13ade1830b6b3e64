// MRR movements month by month (new, expansion and reactivation up; contraction and churned down)
// with the Quick Ratio, and from any movement of a month the accounts behind it.
import { get } from './api.js';
import { stackedBars } from './charts.js';
import { guard, h, pageControls, panel, show, table, tile } from './dom.js';
import { decimal, money, month as monthOf, shift } from './format.js';
import { t } from './i18n.js';

/** The view's texts in the page's language (read at each render, so a language switch shows at once). */
function texts() {
  return {
    title: t('movements.title'),
    series: t('movements.series'),
    chart: t('movements.chart'),
    from: t('movements.from'),
    to: t('movements.to'),
    show: t('movements.show'),
    month: t('movements.month'),
    start: t('movements.start'),
    end: t('movements.end'),
    quickRatio: t('movements.quickRatio'),
    quickRatioDetail: t('movements.quickRatioDetail'),
    netNew: t('movements.netNew'),
    netNewDetail: t('movements.netNewDetail'),
    explain: t('movements.explain'),
    accounts: (label, month) => t('movements.accounts', { label, month }),
    account: t('movements.account'),
    before: t('movements.before'),
    after: t('movements.after'),
    amount: t('movements.amount'),
    none: t('movements.none'),
    movements: {
      new: t('movements.kind.new'), expansion: t('movements.kind.expansion'),
      reactivation: t('movements.kind.reactivation'), contraction: t('movements.kind.contraction'),
      churned: t('movements.kind.churned'),
    },
  };
}

/** Each movement: the field of a month, whether it lowers MRR, and its bar colour. */
const MOVEMENTS = [
  { key: 'new', field: 'newMrr', down: false, colour: '#1f5f8b' },
  { key: 'expansion', field: 'expansion', down: false, colour: '#1b7a3d' },
  { key: 'reactivation', field: 'reactivationMrr', down: false, colour: '#6a8f2f' },
  { key: 'contraction', field: 'contraction', down: true, colour: '#8a6d00' },
  { key: 'churned', field: 'churned', down: true, colour: '#b3261e' },
];
const PAGE_SIZE = 25;

/** An API month (YYYY-MM) as the language writes it: "2026-11", "11.2026". */
function yearMonth(apiMonth) {
  return monthOf(`${apiMonth}-01`);
}

export function renderMovements(main, asOf) {
  const TEXT = texts();
  const to = h('input', { type: 'month', name: 'to', value: asOf.slice(0, 7), required: true });
  const from = h('input', { type: 'month', name: 'from', value: shift(asOf, { months: -11 }).slice(0, 7), required: true });
  const series = h('div');
  const drill = h('div', { id: 'movement-accounts' });
  const form = h('form', { class: 'controls' }, h('label', {}, TEXT.from, from), h('label', {}, TEXT.to, to),
    h('button', { type: 'submit' }, TEXT.show));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    show(drill);
    guard(series, load);
  });
  show(main, h('h1', {}, TEXT.title), panel(TEXT.series, 'movements', form, series), drill);

  async function load() {
    const answer = await get('revenue/movements', { from: from.value, to: to.value });
    const months = answer.months;
    const last = months[months.length - 1];
    const netNew = months.length === 0 ? null : Number(last.endMrr) - Number(months[0].startMrr);
    show(series,
      h('div', { class: 'tiles' },
        tile(TEXT.quickRatio, last ? decimal(last.quickRatio) : decimal(null), TEXT.quickRatioDetail, 'quick-ratio'),
        tile(`${TEXT.netNew} (${answer.currency})`, money(netNew), TEXT.netNewDetail, 'net-new-mrr')),
      stackedBars(TEXT.chart, months.map((m) => yearMonth(m.month)), MOVEMENTS.map((m) => ({
        label: TEXT.movements[m.key],
        values: months.map((month) => (m.down ? -1 : 1) * Number(month[m.field])),
        colour: m.colour,
      }))),
      h('p', { class: 'muted' }, TEXT.explain),
      table({ id: 'movement-list' },
        [[TEXT.month], [TEXT.start, 'num'], ...MOVEMENTS.map((m) => [TEXT.movements[m.key], 'num']), [TEXT.end, 'num'],
          [TEXT.quickRatio, 'num']],
        months.map((month) => ({
          attributes: { 'data-month': month.month },
          cells: [yearMonth(month.month), money(month.startMrr),
            ...MOVEMENTS.map((m) => (Number(month[m.field]) === 0 ? money(0)
              : h('button', { type: 'button', class: 'link', 'data-movement': m.key,
                onclick: () => guard(drill, () => accounts(month.month, m.key, 0)) }, money(month[m.field])))),
            money(month.endMrr), decimal(month.quickRatio)],
        }))));
  }

  async function accounts(month, movement, offset) {
    const page = await get('revenue/movements/accounts', { month, movement, offset, limit: PAGE_SIZE });
    show(drill, panel(TEXT.accounts(TEXT.movements[movement], yearMonth(month)), 'movement-accounts-panel',
      page.total === 0 ? h('p', { class: 'muted' }, TEXT.none) : table({ id: 'movement-account-list' },
        [[TEXT.account], [TEXT.before, 'num'], [TEXT.after, 'num'], [TEXT.amount, 'num']],
        page.items.map((m) => ({
          attributes: { 'data-account': m.accountId },
          cells: [h('a', { href: `#/accounts/${encodeURIComponent(m.accountId)}?asOf=${asOf}` }, m.accountName),
            money(m.startMrr), money(m.endMrr), money(m.amount)],
        }))),
      h('div', { class: 'pager' }, pageControls(page, (next) => guard(drill, () => accounts(month, movement, next)),
        'movement-accounts-range'))));
  }
  guard(series, load);
}

// Portfolio analytics: the success matrix, lifecycle (Pareto), climbers and fallers, and the
// revenue-weighted drivers of detractors.
import { get, hasRole } from './api.js';
import { renderBacktest } from './backtest.js';
import { quadrants } from './charts.js';
import { badge, empty, guard, h, pageControls, panel, show, table, tile } from './dom.js';
import { count, date, loyalty, money, nps, percent, shift } from './format.js';
import { t } from './i18n.js';
import { topicChoice } from './topics.js';

const QUADRANT_COLOURS = { grow_and_reference: '#1b7a3d', firefight: '#b3261e', develop: '#1f5f8b', fix_or_automate: '#8a6d00' };

export function renderAnalytics(main, asOf) {
  const matrix = panel(t('matrix.title'), 'matrix');
  const lifecycle = panel(t('lifecycle.title'), 'lifecycle');
  const movement = panel(t('movement.title'), 'movement');
  const drivers = panel(t('drivers.title'), 'drivers');
  // the backtest is the managers' and admins' (reps are refused it)
  const backtest = hasRole('manager') || hasRole('admin') ? panel(t('backtest.title'), 'backtest') : null;
  show(main, h('h1', {}, t('analytics.heading')), matrix, h('div', { class: 'grid' }, lifecycle, movement), drivers, backtest);
  renderMatrix(matrix, asOf);
  guard(lifecycle, () => renderLifecycle(lifecycle, asOf));
  guard(movement, () => renderMovement(movement, asOf));
  guard(drivers, () => renderDrivers(drivers, asOf));
  if (backtest) {
    guard(backtest, () => renderBacktest(backtest, asOf));
  }
}

const TOP = 10;
/** The most points the API gives in one page: the matrix plots at most these. */
const MOST_POINTS = 500;

function accountLink(id, name, asOf) {
  return h('a', { href: `#/accounts/${encodeURIComponent(id)}?asOf=${asOf}` }, name ?? id);
}

/**
 * A ranked list {@link TOP} at a time, saying how many there are: {@code first} is its first page
 * as the answer brought it, {@code load(offset)} fetches another page of the same list.
 */
function top(title, id, first, load, columns, row) {
  const body = h('div');
  const render = (page) => show(body,
    h('h3', {}, page.total > page.items.length
      ? t('list.titlePart', { title, first: page.offset + 1, last: page.offset + page.items.length, total: page.total })
      : t('list.title', { title, total: page.total })),
    page.total === 0 ? h('p', { class: 'muted', id }, t('list.none')) : table({ id }, columns, page.items.map(row), title),
    page.total > page.limit ? h('div', { class: 'pager' }, pageControls(page, (offset) => guard(body, async () => render(await load(offset))), `${id}-range`)) : null);
  render(first);
  return body;
}

function renderMatrix(section, asOf) {
  const measure = h('select', { name: 'measure' }, h('option', { value: 'arr' }, t('matrix.arr')), h('option', { value: 'margin' }, t('matrix.margin')));
  const body = h('div');
  measure.addEventListener('change', () => guard(body, load));
  section.append(h('form', { class: 'controls', onsubmit: (e) => e.preventDefault() }, h('label', {}, t('matrix.value'), measure)), body);

  async function load() {
    const m = await get('matrix', { asOf, measure: measure.value, limit: MOST_POINTS });
    const label = m.measure === 'arr' ? t('matrix.arr') : t('matrix.marginShort');
    const points = m.points.items.map((p) => ({
      x: p.accountNps, y: Number(p.value), colour: QUADRANT_COLOURS[p.quadrant], accountId: p.accountId,
      label: t('matrix.point', { name: p.name, nps: nps(p.accountNps), measure: label, value: money(p.value, m.currency) }),
    }));
    // ARR on a log scale, so accounts of every size spread out; a log scale has no room for an ARR
    // of 0 (those are counted in the note and the quadrant table); a margin can be negative, so linear
    const logarithmic = m.measure === 'arr';
    const drawn = logarithmic ? points.filter((p) => p.y > 0) : points;
    show(body,
      m.plotted === 0 ? empty(t('matrix.empty'), t('matrix.empty.why'), 'matrix-empty')
        : [quadrants(t('matrix.chart', { measure: label }), drawn, { x: 0, y: Number(m.valueSplit) },
          { x: t('matrix.axis.nps'), y: t(logarithmic ? 'matrix.axis.log' : 'matrix.axis.value', { measure: label, currency: m.currency }) },
          logarithmic, (point) => { location.hash = `#/accounts/${encodeURIComponent(point.accountId)}?asOf=${asOf}`; }),
        h('ul', { class: 'legend', 'aria-label': t('matrix.legend') }, m.quadrants.map((q) => h('li', {},
          h('span', { class: 'swatch', 'data-quadrant': q.quadrant }), ' ', t(`matrix.corner.${q.quadrant}`), ': ', q.action)))],
      h('p', { class: 'muted', 'data-test': 'matrix-note' }, t('matrix.note', {
        plotted: m.plotted, measure: label, split: money(m.valueSplit, m.currency), leftOut: m.leftOut,
        why: m.measure === 'margin' ? t('matrix.leftOut.margin') : t('matrix.leftOut.arr'),
      }) + (m.points.total > m.points.items.length ? ' ' + t('matrix.firstOnly', { shown: m.points.items.length }) : '')
        + (drawn.length < points.length ? ' ' + t('matrix.noArr', { count: points.length - drawn.length }) : '')
        + ' ' + t('matrix.click')),
      table({ id: 'matrix-quadrants' }, [[t('matrix.quadrant')], [t('matrix.accounts'), 'num'], [`${label} (${m.currency})`, 'num']],
        m.quadrants.map((q) => ({
          attributes: { 'data-quadrant': q.quadrant },
          cells: [badge(`quadrant-${q.quadrant}`, q.action), q.accounts, money(q.value)],
        })), t('matrix.quadrants')));
  }
  guard(body, load);
}

async function renderLifecycle(section, asOf) {
  // the head and tail count every account; the ranking itself is not shown here
  const l = await get('lifecycle', { asOf, limit: 1 });
  const part = (name, p) => p.byClass.map((c) => ({
    attributes: { 'data-part': name, 'data-class': c.loyaltyClass },
    cells: [t(`lifecycle.${name}`), badge(c.loyaltyClass, loyalty(c.loyaltyClass)), c.accounts, money(c.arr)],
  }));
  section.append(
    h('div', { class: 'tiles' },
      tile(t('lifecycle.head'), t('lifecycle.head.value', { head: l.head.accounts, accounts: l.accounts }),
        t('lifecycle.share', { share: percent(l.head.shareOfArr), arr: money(l.head.arr, l.currency) }), 'lifecycle-head'),
      tile(t('lifecycle.tail'), t('lifecycle.tail.value', { tail: l.tail.accounts }),
        t('lifecycle.share', { share: percent(l.tail.shareOfArr), arr: money(l.tail.arr, l.currency) }), 'lifecycle-tail')),
    h('p', { class: 'muted' }, t('lifecycle.how', { share: percent(l.headShare) })),
    table({ id: 'lifecycle-classes' }, [[t('lifecycle.part')], [t('lifecycle.loyalty')], [t('matrix.accounts'), 'num'],
      [t('lifecycle.arr', { currency: l.currency }), 'num']], [...part('head', l.head), ...part('tail', l.tail)], t('lifecycle.title')));
}

async function renderMovement(section, asOf) {
  const query = { to: asOf, limit: TOP };
  const c = await get('climbers', query);
  const more = (list) => async (offset) => (await get('climbers', { ...query, offset }))[list];
  const moved = (from, to) => h('span', {}, badge(from, loyalty(from)), ' → ', badge(to, loyalty(to)));
  const accounts = (a) => ({
    attributes: { 'data-account': a.accountId },
    cells: [accountLink(a.accountId, a.name, asOf), date(a.latestResponseDay), moved(a.classBefore, a.classAfter), money(a.arr)],
  });
  const contacts = (m) => ({
    attributes: { 'data-contact': m.contactId },
    cells: [m.contactName ?? m.contactId, accountLink(m.accountId, m.accountName, asOf), `${m.previous.score} → ${m.latest.score}`,
      moved(m.previousClass, m.latestClass), money(m.arr)],
  });
  const arr = [t('lifecycle.arr', { currency: c.currency }), 'num'];
  const accountColumns = [[t('movement.account')], [t('movement.latest'), 'date'], [t('movement.class')], arr];
  const contactColumns = [[t('movement.contact')], [t('movement.account')], [t('movement.score')], [t('movement.class')], arr];
  section.append(
    h('p', { class: 'muted' }, t('movement.how', { from: date(c.window.from), to: date(c.window.to) })),
    top(t('movement.accountClimbers'), 'account-climbers', c.accountClimbers, more('accountClimbers'), accountColumns, accounts),
    top(t('movement.accountFallers'), 'account-fallers', c.accountFallers, more('accountFallers'), accountColumns, accounts),
    top(t('movement.contactClimbers'), 'contact-climbers', c.contactClimbers, more('contactClimbers'), contactColumns, contacts),
    top(t('movement.contactFallers'), 'contact-fallers', c.contactFallers, more('contactFallers'), contactColumns, contacts));
}

/**
 * One table of drivers with the API's two rankings as its sort orders: by detractor mentions or
 * by ARR at stake, ten at a time; a topic keeps only the responses whose comments mention it.
 */
async function renderDrivers(section, asOf) {
  const period = { from: shift(asOf, { days: 1, months: -12 }), to: asOf };
  const ORDERS = { byDetractorMentions: t('drivers.order.mentions'), byArrAtStake: t('drivers.order.arr') };
  const order = h('select', { name: 'driver-order' }, Object.entries(ORDERS).map(([value, text]) => h('option', { value }, text)));
  const topic = await topicChoice(period, 'driver-topic');
  const how = h('p', { class: 'muted', 'data-test': 'drivers-how' });
  const body = h('div');
  let query;
  let pages;
  let columns;
  const row = (x) => ({
    attributes: { 'data-driver': x.driver },
    cells: [x.driver, x.detractorMentions, x.mentions, nps(x.nps.value), x.accountsAtStake, money(x.arrAtStake)],
  });
  const render = () => {
    const list = order.value;
    show(body, top(ORDERS[list], 'drivers-list', pages[list],
      async (offset) => (pages[list] = (await get('drivers', { ...query, offset }))[list]), columns, row));
  };
  const load = async () => {
    query = { ...period, topic: topic.value, limit: TOP };
    const d = await get('drivers', query);
    pages = { byDetractorMentions: d.byDetractorMentions, byArrAtStake: d.byArrAtStake };
    columns = [[t('drivers.driver')], [t('drivers.detractorMentions'), 'num'], [t('drivers.mentions'), 'num'], [t('drivers.nps'), 'num'],
      [t('drivers.accounts'), 'num'], [t('drivers.arrAtStake', { currency: d.currency }), 'num']];
    const counts = { with: count(d.responsesWithDrivers), responses: count(d.responses), from: date(d.window.from), to: date(d.window.to) };
    show(how, topic.value ? t('drivers.how.topic', { ...counts, topic: topic.selectedOptions[0].textContent }) : t('drivers.how', counts));
    render();
  };
  order.addEventListener('change', render);
  topic.addEventListener('change', () => guard(body, load));
  section.append(how,
    h('p', { class: 'muted', 'data-test': 'drivers-at-stake' }, t('drivers.atStake')),
    h('form', { class: 'controls', onsubmit: (e) => e.preventDefault() },
      h('label', {}, t('drivers.order'), order), h('label', {}, t('drivers.topic'), topic)),
    body);
  await load();
}

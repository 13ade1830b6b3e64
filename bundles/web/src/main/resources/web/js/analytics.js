// Portfolio analytics: the success matrix, lifecycle (Pareto), climbers and fallers, and the
// revenue-weighted drivers of detractors.
import { get } from './api.js';
import { quadrants } from './charts.js';
import { badge, guard, h, pageControls, panel, show, table, tile } from './dom.js';
import { loyalty, money, nps, percent, shift } from './format.js';

const QUADRANT_COLOURS = { grow_and_reference: '#1b7a3d', firefight: '#b3261e', develop: '#1f5f8b', fix_or_automate: '#8a6d00' };

export function renderAnalytics(main, asOf) {
  const matrix = panel('Success matrix', 'matrix');
  const lifecycle = panel('Lifecycle (Pareto)', 'lifecycle');
  const movement = panel('Climbers and fallers', 'movement');
  const drivers = panel('Drivers of detractors, weighted by revenue', 'drivers');
  show(main, h('h1', {}, 'Analytics'), matrix, h('div', { class: 'grid' }, lifecycle, movement), drivers);
  renderMatrix(matrix, asOf);
  guard(lifecycle, () => renderLifecycle(lifecycle, asOf));
  guard(movement, () => renderMovement(movement, asOf));
  guard(drivers, () => renderDrivers(drivers, asOf));
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
    h('h3', {}, page.total > page.items.length ? `${title} (${page.offset + 1}–${page.offset + page.items.length} of ${page.total})`
      : `${title} (${page.total})`),
    page.total === 0 ? h('p', { class: 'muted', id }, 'None.') : table({ id }, columns, page.items.map(row)),
    page.total > page.limit ? h('div', { class: 'pager' }, pageControls(page, (offset) => guard(body, async () => render(await load(offset))), `${id}-range`)) : null);
  render(first);
  return body;
}

function renderMatrix(section, asOf) {
  const measure = h('select', { name: 'measure' }, h('option', { value: 'arr' }, 'ARR'), h('option', { value: 'margin' }, 'margin (12 months)'));
  const body = h('div');
  measure.addEventListener('change', () => guard(body, load));
  section.append(h('form', { class: 'controls', onsubmit: (e) => e.preventDefault() }, h('label', {}, 'Value', measure)), body);

  async function load() {
    show(body);
    const m = await get('matrix', { asOf, measure: measure.value, limit: MOST_POINTS });
    const label = m.measure === 'arr' ? 'ARR' : 'margin';
    const action = Object.fromEntries(m.quadrants.map((q) => [q.quadrant, q.action]));
    const points = m.points.items.map((p) => ({
      x: p.accountNps, y: Number(p.value), colour: QUADRANT_COLOURS[p.quadrant], accountId: p.accountId,
      label: `${p.name}: NPS ${nps(p.accountNps)}, ${label} ${money(p.value, m.currency)}`,
    }));
    show(body,
      m.plotted === 0 ? h('p', { class: 'muted' }, 'No account with an account NPS to plot.')
        : quadrants(`Account NPS against ${label}`, points, { x: 0, y: Number(m.valueSplit) },
          { topLeft: action.firefight, topRight: action.grow_and_reference, bottomLeft: action.fix_or_automate, bottomRight: action.develop },
          { x: 'account NPS', y: `${label} (${m.currency})` },
          (point) => { location.hash = `#/accounts/${encodeURIComponent(point.accountId)}?asOf=${asOf}`; }),
      h('p', { class: 'muted', 'data-test': 'matrix-note' }, `${m.plotted} accounts plotted, split at NPS 0 and at the median ${label}`
        + ` ${money(m.valueSplit, m.currency)}; ${m.leftOut} left out (no account NPS${m.measure === 'margin' ? ' or no margin' : ''}).`
        + (m.points.total > m.points.items.length ? ` The chart shows the first ${m.points.items.length} by quadrant and value.` : '')
        + ' Click a point to open the account.'),
      table({ id: 'matrix-quadrants' }, [['Quadrant'], ['Accounts', 'num'], [`${label} (${m.currency})`, 'num']],
        m.quadrants.map((q) => ({
          attributes: { 'data-quadrant': q.quadrant },
          cells: [badge(`quadrant-${q.quadrant}`, q.action), q.accounts, money(q.value)],
        }))));
  }
  guard(body, load);
}

async function renderLifecycle(section, asOf) {
  // the head and tail count every account; the ranking itself is not shown here
  const l = await get('lifecycle', { asOf, limit: 1 });
  const part = (name, p) => p.byClass.map((c) => ({
    attributes: { 'data-part': name, 'data-class': c.loyaltyClass },
    cells: [name, badge(c.loyaltyClass, loyalty(c.loyaltyClass)), c.accounts, money(c.arr)],
  }));
  section.append(
    h('div', { class: 'tiles' },
      tile('Head', `${l.head.accounts} of ${l.accounts} accounts`, `${percent(l.head.shareOfArr)} of ARR, ${money(l.head.arr, l.currency)}`, 'lifecycle-head'),
      tile('Tail', `${l.tail.accounts} accounts`, `${percent(l.tail.shareOfArr)} of ARR, ${money(l.tail.arr, l.currency)}`, 'lifecycle-tail')),
    h('p', { class: 'muted' }, `The head is the fewest largest accounts that reach ${percent(l.headShare)} of the ARR (accounts with ARR only).`),
    table({ id: 'lifecycle-classes' }, [['Part'], ['Loyalty'], ['Accounts', 'num'], [`ARR (${l.currency})`, 'num']],
      [...part('head', l.head), ...part('tail', l.tail)]));
}

async function renderMovement(section, asOf) {
  const query = { to: asOf, limit: TOP };
  const c = await get('climbers', query);
  const more = (list) => async (offset) => (await get('climbers', { ...query, offset }))[list];
  const moved = (from, to) => h('span', {}, badge(from, loyalty(from)), ' → ', badge(to, loyalty(to)));
  const accounts = (a) => ({
    attributes: { 'data-account': a.accountId },
    cells: [accountLink(a.accountId, a.name, asOf), a.latestResponseDay, moved(a.classBefore, a.classAfter), money(a.arr)],
  });
  const contacts = (m) => ({
    attributes: { 'data-contact': m.contactId },
    cells: [m.contactName ?? m.contactId, accountLink(m.accountId, m.accountName, asOf), `${m.previous.score} → ${m.latest.score}`,
      moved(m.previousClass, m.latestClass), money(m.arr)],
  });
  const accountColumns = [['Account'], ['Latest response', 'date'], ['Class'], [`ARR (${c.currency})`, 'num']];
  const contactColumns = [['Contact'], ['Account'], ['Score'], ['Class'], [`ARR (${c.currency})`, 'num']];
  section.append(
    h('p', { class: 'muted' }, `Latest response from ${c.window.from} to ${c.window.to}, against the one before; by ARR.`),
    top('Accounts climbing', 'account-climbers', c.accountClimbers, more('accountClimbers'), accountColumns, accounts),
    top('Accounts falling', 'account-fallers', c.accountFallers, more('accountFallers'), accountColumns, accounts),
    top('Contacts climbing', 'contact-climbers', c.contactClimbers, more('contactClimbers'), contactColumns, contacts),
    top('Contacts falling', 'contact-fallers', c.contactFallers, more('contactFallers'), contactColumns, contacts));
}

async function renderDrivers(section, asOf) {
  const query = { from: shift(asOf, { days: 1, months: -12 }), to: asOf, limit: TOP };
  const d = await get('drivers', query);
  const more = (list) => async (offset) => (await get('drivers', { ...query, offset }))[list];
  const columns = [['Driver'], ['Detractor mentions', 'num'], ['Mentions', 'num'], ['NPS', 'num'], ['Accounts', 'num'], [`ARR at stake (${d.currency})`, 'num']];
  const row = (x) => ({
    attributes: { 'data-driver': x.driver },
    cells: [x.driver, x.detractorMentions, x.mentions, nps(x.nps.value), x.accountsAtStake, money(x.arrAtStake)],
  });
  section.append(
    h('p', { class: 'muted' }, `${d.responsesWithDrivers} of ${d.responses} responses from ${d.window.from} to ${d.window.to} name a driver.`
      + ' ARR at stake: the ARR of the accounts whose detractors name it.'),
    h('div', { class: 'grid' },
      top('By detractor mentions', 'drivers-by-mentions', d.byDetractorMentions, more('byDetractorMentions'), columns, row),
      top('By ARR at stake', 'drivers-by-arr', d.byArrAtStake, more('byArrAtStake'), columns, row)));
}

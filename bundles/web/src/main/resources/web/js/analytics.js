// Portfolio analytics: the success matrix, lifecycle (Pareto), climbers and fallers, and the
// revenue-weighted drivers of detractors.
import { get } from './api.js';
import { quadrants } from './charts.js';
import { badge, guard, h, panel, show, table, tile } from './dom.js';
import { loyalty, money, nps, percent, shift, words } from './format.js';

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

function accountLink(account, asOf) {
  return h('a', { href: `#/accounts/${encodeURIComponent(account.id)}?asOf=${asOf}` }, account.name ?? account.id);
}

function renderMatrix(section, asOf) {
  const measure = h('select', { name: 'measure' }, h('option', { value: 'arr' }, 'ARR'), h('option', { value: 'margin' }, 'margin (12 months)'));
  const body = h('div');
  measure.addEventListener('change', () => guard(body, load));
  section.append(h('form', { class: 'controls', onsubmit: (e) => e.preventDefault() }, h('label', {}, 'Value', measure)), body);

  async function load() {
    const m = await get('matrix', { asOf, measure: measure.value });
    const label = measure.value === 'arr' ? 'ARR' : 'margin';
    const action = Object.fromEntries(m.quadrants.map((q) => [q.quadrant, q.action]));
    const points = m.points.map((p) => ({
      x: p.accountNps, y: Number(p.value), colour: QUADRANT_COLOURS[p.quadrant],
      label: `${p.account.name}: NPS ${nps(p.accountNps)}, ${label} ${money(p.value)}`, account: p.account,
    }));
    show(body,
      quadrants(`Account NPS against ${label}`, points, { x: 0, y: Number(m.medianValue) },
        { topLeft: action.firefight, topRight: action.grow_and_reference, bottomLeft: action.fix_or_automate, bottomRight: action.develop },
        { x: 'account NPS', y: `${label} (${m.baseCurrency}, log scale)`, logarithmic: true },
        (point) => { location.hash = `#/accounts/${encodeURIComponent(point.account.id)}?asOf=${asOf}`; }),
      h('p', { class: 'muted' }, `Split at NPS 0 and at the median ${label}, ${money(m.medianValue, m.baseCurrency)}.`
        + ` ${m.leftOut} account${m.leftOut === 1 ? '' : 's'} without an account NPS left out. Click a point to open the account.`),
      table({ id: 'matrix-quadrants' }, [['Quadrant'], ['Action'], ['Accounts', 'num'], [label, 'num']],
        m.quadrants.map((q) => ({
          attributes: { 'data-quadrant': q.quadrant },
          cells: [badge(`quadrant-${q.quadrant}`, words(q.quadrant)), q.action, q.accounts, money(q.value)],
        }))));
  }
  guard(body, load);
}

async function renderLifecycle(section, asOf) {
  const l = await get('lifecycle', { asOf });
  const part = (name, p) => p.classes.map((c) => ({
    attributes: { 'data-part': name, 'data-class': c.loyaltyClass },
    cells: [name, badge(c.loyaltyClass, loyalty(c.loyaltyClass)), c.accounts, money(c.arr)],
  }));
  section.append(
    h('div', { class: 'tiles' },
      tile('Head', `${l.head.accounts} accounts`, `${percent(l.head.share)} of ARR`, 'lifecycle-head'),
      tile('Tail', `${l.tail.accounts} accounts`, `${money(l.tail.arr, l.baseCurrency)} ARR`, 'lifecycle-tail')),
    table({ id: 'lifecycle-classes' }, [['Part'], ['Loyalty'], ['Accounts', 'num'], ['ARR', 'num']],
      [...part('head', l.head), ...part('tail', l.tail)]));
}

async function renderMovement(section, asOf) {
  const c = await get('climbers', { asOf });
  const rows = (list) => list.map((m) => ({
    attributes: { 'data-contact': m.contact.id },
    cells: [m.contact.name ?? m.contact.id, accountLink(m.account, asOf),
      h('span', {}, badge(m.previous.loyaltyClass, loyalty(m.previous.loyaltyClass)), ' → ', badge(m.latest.loyaltyClass, loyalty(m.latest.loyaltyClass))),
      money(m.arr)],
  }));
  const columns = [['Contact'], ['Account'], ['Class'], ['ARR', 'num']];
  section.append(
    h('h3', {}, `Climbers (${c.climbers.length})`), table({ id: 'climbers' }, columns, rows(c.climbers)),
    h('h3', {}, `Fallers (${c.fallers.length})`), table({ id: 'fallers' }, columns, rows(c.fallers)));
}

async function renderDrivers(section, asOf) {
  const d = await get('drivers', { from: shift(asOf, { days: 1, months: -12 }), to: asOf });
  const columns = [['Driver'], ['Detractor mentions', 'num'], ['Mentions', 'num'], ['NPS', 'num'], ['ARR at stake', 'num']];
  const rows = (list) => list.map((x) => ({
    attributes: { 'data-driver': x.driver },
    cells: [x.driver, x.detractorMentions, x.mentions, nps(x.nps), money(x.arrAtStake)],
  }));
  section.append(
    h('div', { class: 'grid' },
      h('div', {}, h('h3', {}, 'By detractor mentions'), table({ id: 'drivers-by-mentions' }, columns, rows(d.byDetractorMentions))),
      h('div', {}, h('h3', {}, 'By ARR at stake'), table({ id: 'drivers-by-arr' }, columns, rows(d.byArrAtStake)))));
}

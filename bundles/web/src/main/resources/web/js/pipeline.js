// The renewal pipeline: contracts due soon and not yet renewed, riskiest first, with health,
// decision-maker loyalty and the value at stake.
import { get } from './api.js';
import { guard, h, pageControls, panel, show, table, tile } from './dom.js';
import { loyalty, money, score } from './format.js';
import { bandBadge } from './health.js';

const PAGE_SIZE = 50;

export function renderPipeline(main, asOf) {
  const days = h('input', { type: 'number', name: 'days', min: 0, max: 3660, value: 120, required: true });
  const rows = h('div');
  let offset = 0;
  const form = h('form', { class: 'controls' }, h('label', {}, 'Due within (days)', days), h('button', { type: 'submit' }, 'Show'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    offset = 0;
    guard(rows, load);
  });
  show(main, h('h1', {}, 'Renewals'), panel('Renewal pipeline', 'pipeline', form, rows));

  async function load() {
    const pipeline = await get('renewals/pipeline', { asOf, days: days.value, offset, limit: PAGE_SIZE });
    const entries = pipeline.entries;
    const turn = (next) => {
      offset = next;
      guard(rows, load);
    };
    show(rows,
      h('div', { class: 'tiles' },
        tile('Contracts due', String(entries.total), `ending from ${pipeline.asOf} to ${pipeline.last}, not yet renewed`, 'pipeline-count'),
        tile(`ARR at stake (${pipeline.baseCurrency})`, money(pipeline.arrAtStake), 'of all these contracts', 'pipeline-value')),
      h('p', { class: 'muted' }, 'Riskiest first: red accounts, then accounts without a score, yellow, green;'
        + ' within a band lower health, then more ARR at stake, then sooner.'),
      table({ id: 'pipeline-list' },
        [['Account'], ['Contract'], ['Ends', 'date'], ['Days', 'num'], [`ARR at stake`, 'num'], ['Health'], ['Decision makers']],
        entries.items.map((e) => ({
          attributes: { 'data-contract': e.contract.id },
          cells: [
            h('a', { href: `#/accounts/${encodeURIComponent(e.account.id)}?asOf=${asOf}` }, e.account.name),
            e.contract.product ?? e.contract.id, e.contract.endDate, e.daysUntilEnd, money(e.arrAtStake),
            h('span', {}, score(e.health), ' ', bandBadge(e.band)),
            h('span', { class: `badge ${e.decisionMakers}` }, loyalty(e.decisionMakers)),
          ],
        }))),
      h('div', { class: 'pager' }, pageControls(entries, turn, 'pipeline-range')));
  }
  guard(rows, load);
}

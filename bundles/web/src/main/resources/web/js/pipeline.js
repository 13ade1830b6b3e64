// The renewal pipeline: contracts due soon and not yet renewed, riskiest first, with the owner,
// health, decision-maker loyalty and the value at stake; filtered by owner. Below it, the renewal forecast.
import { get } from './api.js';
import { empty, guard, h, pageControls, panel, show, table, tile } from './dom.js';
import { count, date, loyalty, money, score } from './format.js';
import { forecastPanel } from './forecast.js';
import { bandBadge } from './health.js';
import { t } from './i18n.js';

const PAGE_SIZE = 50;

export function renderPipeline(main, asOf) {
  const days = h('input', { type: 'number', name: 'days', min: 0, max: 3660, value: 120, required: true });
  const owner = h('input', { type: 'search', name: 'owner', placeholder: t('filter.userId') });
  const rows = h('div');
  let offset = 0;
  const form = h('form', { class: 'controls' }, h('label', {}, t('pipeline.days'), days), h('label', {}, t('pipeline.owner'), owner),
    h('button', { type: 'submit' }, t('period.show')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    offset = 0;
    guard(rows, load);
  });
  show(main, h('h1', {}, t('pipeline.heading')), panel(t('pipeline.title'), 'pipeline', form, rows), forecastPanel(asOf));

  async function load() {
    const pipeline = await get('renewals/pipeline', { asOf, days: days.value, owner: owner.value, offset, limit: PAGE_SIZE });
    const entries = pipeline.entries;
    const turn = (next) => {
      offset = next;
      guard(rows, load);
    };
    show(rows,
      h('div', { class: 'tiles' },
        tile(t('pipeline.due'), count(entries.total), t('pipeline.due.detail', { from: date(pipeline.asOf), to: date(pipeline.last) }), 'pipeline-count'),
        tile(t('pipeline.atStake', { currency: pipeline.baseCurrency }), money(pipeline.arrAtStake), t('pipeline.atStake.detail'), 'pipeline-value')),
      entries.total === 0 ? empty(t('pipeline.empty', { days: days.value }), t('pipeline.empty.why'), 'pipeline-empty') : [
        h('p', { class: 'muted' }, t('pipeline.order')),
        table({ id: 'pipeline-list', class: 'cards' },
          [[t('pipeline.account')], [t('pipeline.ownerColumn')], [t('pipeline.contract')], [t('pipeline.ends'), 'date'],
            [t('pipeline.daysLeft'), 'num'], [t('pipeline.arrAtStake'), 'num'], [t('pipeline.health')], [t('pipeline.decisionMakers')]],
          entries.items.map((e) => ({
            attributes: { 'data-contract': e.contract.id },
            cells: [
              h('a', { href: `#/accounts/${encodeURIComponent(e.account.id)}?asOf=${asOf}` }, e.account.name),
              e.account.owner ?? '–', e.contract.product ?? e.contract.id, date(e.contract.endDate), e.daysUntilEnd, money(e.arrAtStake),
              h('span', {}, score(e.health), ' ', bandBadge(e.band)),
              h('span', { class: `badge ${e.decisionMakers}` }, loyalty(e.decisionMakers)),
            ],
          })), t('pipeline.title')),
        h('div', { class: 'pager' }, pageControls(entries, turn, 'pipeline-range'))]);
  }
  guard(rows, load);
}

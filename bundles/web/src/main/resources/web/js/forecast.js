// The renewal forecast on the renewals view: each due contract's renewal probability and expected
// ARR, the base / downside / upside totals, and how well the model did on the tenant's past
// (Brier score against the base rate, calibration by band of predicted probability).
import { get } from './api.js';
import { empty, guard, h, pageControls, panel, show, table, tile } from './dom.js';
import { count, date, money, percent, shift } from './format.js';
import { t } from './i18n.js';

const PAGE_SIZE = 50;

/** A number to four decimals (a Brier score), or a dash. */
function brier(value) {
  return value === null || value === undefined ? '–' : value.toFixed(4);
}

export function forecastPanel(asOf) {
  const to = h('input', { type: 'date', name: 'to', value: shift(asOf, { days: 120 }), required: true });
  const owner = h('input', { type: 'search', name: 'owner', placeholder: t('filter.userId') });
  const rows = h('div');
  let offset = 0;
  const form = h('form', { class: 'controls' }, h('label', {}, t('forecast.to'), to), h('label', {}, t('pipeline.owner'), owner),
    h('button', { type: 'submit' }, t('period.show')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    offset = 0;
    guard(rows, load);
  });

  async function load() {
    const forecast = await get('renewals/forecast', { asOf, from: asOf, to: to.value, owner: owner.value, offset, limit: PAGE_SIZE });
    const { entries, model } = forecast;
    const turn = (next) => {
      offset = next;
      guard(rows, load);
    };
    const currency = forecast.baseCurrency;
    show(rows,
      h('div', { class: 'tiles' },
        tile(t('forecast.base', { currency }), money(forecast.base), t('forecast.base.detail', { atStake: money(forecast.arrAtStake) }), 'forecast-base'),
        tile(t('forecast.range', { currency }), `${money(forecast.downside)} – ${money(forecast.upside)}`, t('forecast.range.detail'), 'forecast-range'),
        tile(t('forecast.brier'), brier(model.brier), t('forecast.brier.detail', { baseRate: brier(model.baseRateBrier), holdout: count(model.holdout) }), 'forecast-brier')),
      h('p', { class: 'muted', 'data-test': 'forecast-method' }, t(`forecast.method.${model.method}`, {
        outcomes: count(model.outcomes), renewed: count(model.renewed), rate: percent(model.baseRate), from: date(model.historyFrom),
      }), ' ', model.reason),
      entries.total === 0 ? empty(t('forecast.empty'), t('pipeline.empty.why'), 'forecast-empty') : [
        table({ id: 'forecast-list', class: 'cards' },
          [[t('pipeline.account')], [t('pipeline.contract')], [t('pipeline.ends'), 'date'], [t('pipeline.arrAtStake'), 'num'],
            [t('forecast.probability'), 'num'], [t('forecast.expected'), 'num']],
          entries.items.map((e) => ({
            attributes: { 'data-contract': e.contract.id },
            cells: [
              h('a', { href: `#/accounts/${encodeURIComponent(e.account.id)}?asOf=${asOf}` }, e.account.name),
              e.contract.product ?? e.contract.id, date(e.contract.endDate), money(e.arrAtStake), percent(e.probability), money(e.expectedArr),
            ],
          })), t('forecast.title')),
        h('div', { class: 'pager' }, pageControls(entries, turn, 'forecast-range-page'))],
      model.calibration.length === 0 ? null : [
        h('h3', {}, t('forecast.calibration')),
        table({ id: 'forecast-calibration' },
          [[t('forecast.bin')], [t('forecast.contracts'), 'num'], [t('forecast.predicted'), 'num'], [t('forecast.observed'), 'num']],
          model.calibration.map((b) => [`${percent(b.from)} – ${percent(b.to)}`, count(b.contracts), percent(b.predicted), percent(b.observed)]),
          t('forecast.calibration'))]);
  }
  guard(rows, load);
  return panel(t('forecast.title'), 'forecast', form, rows);
}

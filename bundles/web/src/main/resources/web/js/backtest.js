// The health score's backtest for managers and admins: scores of a year ago against what happened
// since (GET /health/backtest): AUC, outcome by band, red as a churn warning, the riskiest tenth,
// and the weights history suggests next to the configured ones (shown, never applied).
import { get } from './api.js';
import { h, table } from './dom.js';
import { count, date, decimal, percent, score, shift } from './format.js';
import { bandBadge, factorName } from './health.js';
import { t } from './i18n.js';

export async function renderBacktest(section, asOf) {
  const b = await get('health/backtest', { asOf: shift(asOf, { months: -12 }), until: asOf });
  const red = b.red;
  const decile = b.riskiestDecile;
  section.append(
    h('p', { class: 'muted', 'data-test': 'backtest-summary' }, t('backtest.summary', {
      asOf: date(b.asOf), until: date(b.until), renewed: count(b.renewed), churned: count(b.churned),
      unscored: count(b.unscored), auc: decimal(b.auc),
    })),
    table({ id: 'backtest-bands' }, [[t('backtest.band')], [t('backtest.accounts'), 'num'], [t('backtest.churned'), 'num'],
      [t('backtest.meanScore'), 'num'], [t('backtest.renewalRate'), 'num']],
    b.bands.map((band) => ({
      attributes: { 'data-band': band.band },
      cells: [bandBadge(band.band), count(band.accounts), count(band.churned), score(band.meanScore), percent(band.renewalRate)],
    })), t('backtest.bands')),
    h('p', { 'data-test': 'backtest-red' }, t('backtest.red', {
      red: count(red.red), redChurned: count(red.redChurned), precision: percent(red.precision), recall: percent(red.recall),
      lead: decimal(red.medianLeadDays),
    })),
    h('p', { 'data-test': 'backtest-decile' }, t('backtest.decile', {
      accounts: count(decile.accounts), rate: percent(decile.churnRate), overall: percent(decile.overallChurnRate),
      lift: decimal(decile.lift),
    })),
    h('h3', {}, t('backtest.weights')),
    h('p', { class: 'muted' }, b.weightsNote),
    b.weights.length === 0 ? null : table({ id: 'backtest-weights' }, [[t('backtest.factor')], [t('backtest.configured'), 'num'],
      [t('backtest.suggested'), 'num'], [t('backtest.coefficient'), 'num']],
    b.weights.map((w) => ({
      attributes: { 'data-factor': w.factor },
      cells: [factorName(w.factor), decimal(w.configured), decimal(w.suggested), decimal(w.coefficient)],
    })), t('backtest.weights')));
}

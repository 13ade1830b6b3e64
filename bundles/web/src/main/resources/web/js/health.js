// An account's health: the score tile, the factor table and the trend of the score.
import { get } from './api.js';
import { line } from './charts.js';
import { badge, h, table, tile } from './dom.js';
import { decimal, month, percent, score } from './format.js';
import { known, t } from './i18n.js';

/** A factor's name in the page's language; an integrator's own factor by the name it gives itself. */
export function factorName(factor) {
  return known(`factor.${factor}`) ? t(`factor.${factor}`) : factor;
}

/** The band as a coloured badge ("green", "yellow", "red"), or "no score". */
export function bandBadge(band) {
  return band ? badge(`band-${band}`, t(`band.${band}`)) : badge('non_responder', t('band.none'));
}

/** The health tile: score and band; the factors left out for want of data below. */
export function healthTile(health) {
  if (!health) {
    return tile(t('health.title'), '–', t('health.none'), 'health');
  }
  const missing = health.missing.map((m) => factorName(m.factor));
  const data = missing.length ? t('health.noData', { factors: missing.join(', ') }) : t('health.allData', { count: health.factors.length });
  return tile(t('health.title'), h('span', {}, score(health.score), ' ', bandBadge(health.band)),
    health.rule && health.rule !== 'default' ? [data, ' ', h('span', { 'data-test': 'health-rule' }, t('health.rule', { rule: health.rule }))] : data,
    'health');
}

/** Each factor's score, weight, share, contribution (the points it adds) and reason; then the missing ones. */
export function factorTable(health) {
  if (!health) {
    return h('p', { class: 'muted' }, t('health.unavailable'));
  }
  return [
    table({ id: 'health-factors', class: 'cards' },
      [[t('health.factor')], [t('health.score'), 'num'], [t('health.weight'), 'num'], [t('health.share'), 'num'],
        [t('health.contribution'), 'num'], [t('health.why')]],
      health.factors.map((f) => ({
        attributes: { 'data-factor': f.factor },
        cells: [factorName(f.factor), score(f.score), decimal(f.weight), percent(f.normalisedWeight), score(f.contribution), f.reason],
      })), t('health.factors')),
    health.missing.length === 0 ? null : h('div', { id: 'health-missing' },
      h('p', { class: 'muted' }, t('health.leftOut')),
      h('ul', {}, health.missing.map((m) => h('li', { 'data-factor': m.factor },
        t('health.missingFactor', { factor: factorName(m.factor), weight: decimal(m.weight), reason: m.reason }))))),
  ];
}

/** The health score at each of the last 12 month ends, from GET /accounts/{id}/health/trend. */
export async function renderHealthTrend(section, path, asOf) {
  const trend = await get(`${path}/health/trend`, { to: asOf, months: 12 });
  const points = trend.map((p) => ({ label: month(p.asOf), value: p.score }));
  section.append(line(t('health.trend.chart'), points, true, { min: 0, max: 100 }));
}

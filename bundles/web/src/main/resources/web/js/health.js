// An account's health: the score tile, the factor table and the trend of the score.
import { get } from './api.js';
import { line } from './charts.js';
import { badge, h, table, tile } from './dom.js';
import { decimal, percent, score } from './format.js';

/** The band as a coloured badge ("green", "yellow", "red"), or a dash without a score. */
export function bandBadge(band) {
  return band ? badge(`band-${band}`, band) : badge('non_responder', 'no score');
}

/** The health tile: score and band; the factors left out for want of data below. */
export function healthTile(health) {
  if (!health) {
    return tile('Health', '–', 'no health score for this account', 'health');
  }
  const missing = health.missing.map((m) => m.factor);
  return tile('Health', h('span', {}, score(health.score), ' ', bandBadge(health.band)),
    missing.length ? `no data for ${missing.join(', ')}` : `all ${health.factors.length} factors have data`, 'health');
}

/** Each factor's score, weight, share, contribution (the points it adds) and reason; then the missing ones. */
export function factorTable(health) {
  if (!health) {
    return h('p', { class: 'muted' }, 'The health score is not available.');
  }
  return [
    table({ id: 'health-factors' },
      [['Factor'], ['Score', 'num'], ['Weight', 'num'], ['Share', 'num'], ['Contribution', 'num'], ['Why']],
      health.factors.map((f) => ({
        attributes: { 'data-factor': f.factor },
        cells: [f.factor, score(f.score), decimal(f.weight), percent(f.normalisedWeight), score(f.contribution), f.reason],
      }))),
    health.missing.length === 0 ? null : h('div', { id: 'health-missing' },
      h('p', { class: 'muted' }, 'Left out for want of data (the other weights renormalised):'),
      h('ul', {}, health.missing.map((m) => h('li', { 'data-factor': m.factor },
        `${m.factor} (weight ${decimal(m.weight)}): ${m.reason}`)))),
  ];
}

/** The health score at each of the last 12 month ends, from GET /accounts/{id}/health/trend. */
export async function renderHealthTrend(section, path, asOf) {
  const trend = await get(`${path}/health/trend`, { to: asOf, months: 12 });
  const points = trend.map((t) => ({ label: t.asOf.slice(0, 7), value: t.score }));
  section.append(line('Health score at each month end', points, true, { min: 0, max: 100 }));
}

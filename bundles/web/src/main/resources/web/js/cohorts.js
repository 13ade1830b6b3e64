// Cohorts of accounts by the month (or quarter) of their first MRR, as a heat map: logo retention
// or NRR at the end of each period since start; optionally one map per segment or tier.
import { get } from './api.js';
import { guard, h, panel, show, table } from './dom.js';
import { money, percent, shift } from './format.js';
import { t } from './i18n.js';

/** The view's texts in the page's language (read at each render, so a language switch shows at once). */
function texts() {
  return {
    title: t('cohorts.title'),
    panel: t('cohorts.panel'),
    from: t('cohorts.from'),
    grain: t('cohorts.grain'),
    grains: { month: t('cohorts.grains.month'), quarter: t('cohorts.grains.quarter') },
    metric: t('cohorts.metric'),
    metrics: { logoRetention: t('cohorts.metrics.logoRetention'), nrr: t('cohorts.metrics.nrr') },
    by: t('cohorts.by'),
    bys: { '': t('cohorts.bys.none'), segment: t('cohorts.bys.segment'), tier: t('cohorts.bys.tier') },
    show: t('cohorts.show'),
    all: t('cohorts.all'),
    cohort: t('cohorts.cohort'),
    accounts: t('cohorts.accounts'),
    start: t('cohorts.start'),
    explain: (grain) => t('cohorts.explain', { grain }),
    none: t('cohorts.none'),
    group: (by, key) => t('cohorts.group', { by, key }),
  };
}

/** Ten shades from 0 % to 100 % and beyond (NRR over 1): app.css classes heat-0 .. heat-10. */
function heat(value) {
  return value === null || value === undefined ? '' : `heat heat-${Math.max(0, Math.min(10, Math.round(value * 10)))}`;
}

function select(name, options, value) {
  return h('select', { name }, Object.entries(options).map(([key, label]) =>
    h('option', { value: key, selected: key === value }, label)));
}

export function renderCohorts(main, asOf) {
  const TEXT = texts();
  const from = h('input', { type: 'date', name: 'from', value: shift(asOf, { months: -12 }).slice(0, 8) + '01', required: true });
  const grain = select('grain', TEXT.grains, 'month');
  const metric = select('metric', TEXT.metrics, 'logoRetention');
  const by = select('by', TEXT.bys, '');
  const maps = h('div');
  const form = h('form', { class: 'controls' }, h('label', {}, TEXT.from, from), h('label', {}, TEXT.grain, grain),
    h('label', {}, TEXT.metric, metric), h('label', {}, TEXT.by, by), h('button', { type: 'submit' }, TEXT.show));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    guard(maps, load);
  });
  show(main, h('h1', {}, TEXT.title), panel(TEXT.panel, 'cohorts', form, maps));

  function heatMap(title, cohortTable) {
    const width = Math.max(0, ...cohortTable.cohorts.map((c) => c.periods.length));
    const columns = [[TEXT.cohort], [TEXT.accounts, 'num'], [TEXT.start, 'num'],
      ...Array.from({ length: width }, (_, n) => [String(n), 'num'])];
    return h('div', { class: 'cohort-map' }, h('h3', {}, title),
      cohortTable.cohorts.length === 0 ? h('p', { class: 'muted' }, TEXT.none) : table({ class: 'cohort-table' }, columns,
        cohortTable.cohorts.map((c) => ({
          attributes: { 'data-cohort': c.key },
          cells: [c.key, c.accounts, money(c.startMrr), ...Array.from({ length: width }, (_, n) => {
            const period = c.periods[n];
            return period ? h('span', { class: heat(period[metric.value]), title: period.day }, percent(period[metric.value])) : '';
          })],
        }))));
  }

  async function load() {
    const answer = await get('revenue/cohorts', { from: from.value, asOf, grain: grain.value, by: by.value || undefined });
    show(maps, h('p', { class: 'muted' }, TEXT.explain(TEXT.grains[grain.value])),
      heatMap(`${TEXT.all} (${answer.currency})`, answer),
      (answer.groups || []).map((g) => heatMap(TEXT.group(TEXT.bys[by.value], g.key), g.report)));
  }
  guard(maps, load);
}

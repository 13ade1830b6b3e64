// Cohorts of accounts by the month (or quarter) of their first MRR, as a heat map: logo retention
// or NRR at the end of each period since start; optionally one map per segment or tier.
import { get } from './api.js';
import { guard, h, panel, show, table } from './dom.js';
import { money, percent, shift } from './format.js';

const TEXT = {
  title: 'Cohorts',
  panel: 'Retention by cohort',
  from: 'Cohorts from',
  grain: 'Period',
  grains: { month: 'month', quarter: 'quarter' },
  metric: 'Figure',
  metrics: { logoRetention: 'logo retention', nrr: 'net revenue retention' },
  by: 'Cut by',
  bys: { '': 'no cut', segment: 'segment', tier: 'tier' },
  show: 'Show',
  all: 'All accounts',
  cohort: 'Cohort',
  accounts: 'Accounts',
  start: 'Start MRR',
  explain: (grain) => `Each row is the accounts whose first MRR fell in that ${grain}; column n is the end of the`
    + ` n-th ${grain} since (0 is the start ${grain}), up to the as-of day.`,
  none: 'No account had its first MRR in these periods.',
  group: (by, key) => `${by} ${key}`,
};

/** Ten shades from 0 % to 100 % and beyond (NRR over 1): app.css classes heat-0 .. heat-10. */
function heat(value) {
  return value === null || value === undefined ? '' : `heat heat-${Math.max(0, Math.min(10, Math.round(value * 10)))}`;
}

function select(name, options, value) {
  return h('select', { name }, Object.entries(options).map(([key, label]) =>
    h('option', { value: key, selected: key === value }, label)));
}

export function renderCohorts(main, asOf) {
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

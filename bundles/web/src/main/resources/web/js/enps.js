// Employee NPS for the hr role: overall and by department, small departments suppressed.
import { get } from './api.js';
import { guard, h, panel, show, table, tile } from './dom.js';
import { date, interval, nps, shift } from './format.js';
import { t } from './i18n.js';

export function renderEnps(main, asOf) {
  const from = h('input', { type: 'date', name: 'from', value: shift(asOf, { days: 1, months: -12 }), required: true });
  const to = h('input', { type: 'date', name: 'to', value: asOf, required: true });
  const figures = h('div');
  const form = h('form', { class: 'controls' }, h('label', {}, t('period.from'), from), h('label', {}, t('period.to'), to),
    h('button', { type: 'submit' }, t('period.show')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    guard(figures, load);
  });
  show(main, h('h1', {}, t('enps.heading')), panel(t('enps.title'), 'enps', form, figures));

  async function load() {
    const report = await get('enps', { from: from.value, to: to.value });
    const overall = report.overall;
    show(figures,
      h('div', { class: 'tiles' },
        tile(t('enps.overall'), overall ? nps(overall.value) : t('enps.tooFew'),
          overall ? t('enps.overall.detail', { interval: interval(overall), n: overall.n })
            : t('enps.overall.floor', { floor: report.anonymityFloor }), 'enps-overall')),
      h('p', { class: 'muted' }, t('enps.how', { from: date(report.window.from), to: date(report.window.to), floor: report.anonymityFloor })),
      table({ id: 'enps-departments' },
        [[t('enps.department')], [t('enps.overall'), 'num'], [t('enps.interval'), 'num'], ['n', 'num'], [t('enps.promoters'), 'num'],
          [t('enps.passives'), 'num'], [t('enps.detractors'), 'num']],
        report.departments.map((d) => ({
          attributes: { 'data-department': d.department },
          cells: d.result
            ? [d.department, nps(d.result.value), interval(d.result), d.result.n, d.result.promoters, d.result.passives, d.result.detractors]
            : [d.department, h('span', { class: 'muted' }, t('enps.tooFew')), '', '', '', '', ''],
        })).concat(report.departments.some((d) => !d.result) ? [{
          attributes: { 'data-department': 'other' },
          cells: report.other
            ? [t('enps.other'), nps(report.other.value), interval(report.other), report.other.n,
              report.other.promoters, report.other.passives, report.other.detractors]
            : [t('enps.other'), h('span', { class: 'muted' }, t('enps.tooFew')), '', '', '', '', ''],
        }] : []), t('enps.title')));
  }
  guard(figures, load);
}

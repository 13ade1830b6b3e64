// Employee NPS for the hr role: overall and by department, small departments suppressed.
import { get } from './api.js';
import { guard, h, panel, show, table, tile } from './dom.js';
import { interval, nps, shift } from './format.js';

export function renderEnps(main, asOf) {
  const from = h('input', { type: 'date', name: 'from', value: shift(asOf, { days: 1, months: -12 }), required: true });
  const to = h('input', { type: 'date', name: 'to', value: asOf, required: true });
  const figures = h('div');
  const form = h('form', { class: 'controls' }, h('label', {}, 'From', from), h('label', {}, 'To', to),
    h('button', { type: 'submit' }, 'Show'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    guard(figures, load);
  });
  show(main, h('h1', {}, 'Employee NPS'), panel('eNPS by department', 'enps', form, figures));

  async function load() {
    const report = await get('enps', { from: from.value, to: to.value });
    const overall = report.overall;
    show(figures,
      h('div', { class: 'tiles' },
        tile('eNPS', overall ? nps(overall.value) : 'too few to show',
          overall ? `95 % interval ${interval(overall)}, n = ${overall.n}` : `fewer than ${report.anonymityFloor} responses`, 'enps-overall')),
      h('p', { class: 'muted' }, `Responses from ${report.window.from} to ${report.window.to}. A department with fewer than`
        + ` ${report.anonymityFloor} responses is not shown, nor one that the others and the total would give away,`
        + ' so nobody\'s answer can be singled out; those departments count only together, as "other".'),
      table({ id: 'enps-departments' },
        [['Department'], ['eNPS', 'num'], ['95 % interval', 'num'], ['n', 'num'], ['Promoters', 'num'], ['Passives', 'num'], ['Detractors', 'num']],
        report.departments.map((d) => ({
          attributes: { 'data-department': d.department },
          cells: d.result
            ? [d.department, nps(d.result.value), interval(d.result), d.result.n, d.result.promoters, d.result.passives, d.result.detractors]
            : [d.department, h('span', { class: 'muted' }, 'too few to show'), '', '', '', '', ''],
        })).concat(report.departments.some((d) => !d.result) ? [{
          attributes: { 'data-department': 'other' },
          cells: report.other
            ? ['Other (the departments not shown)', nps(report.other.value), interval(report.other), report.other.n,
              report.other.promoters, report.other.passives, report.other.detractors]
            : ['Other (the departments not shown)', h('span', { class: 'muted' }, 'too few to show'), '', '', '', '', ''],
        }] : [])));
  }
  guard(figures, load);
}

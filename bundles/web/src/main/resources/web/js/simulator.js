// The revenue simulator: move shares of accounts between loyalty classes and see the ARR the
// classes' observed retention projects, against the baseline, and the NPS the scenario implies.
import { ApiError, post } from './api.js';
import { h, panel, show, table, tile } from './dom.js';
import { date, loyalty, money, nps, percent } from './format.js';
import { t } from './i18n.js';

const CLASSES = ['promoter', 'passive', 'detractor', 'non_responder'];

export function renderSimulator(main, asOf) {
  const moves = h('div', { id: 'simulator-moves' });
  const result = h('div', { id: 'simulator-result' });
  const formError = h('p', { class: 'error', role: 'alert' });
  const addMove = (from = 'detractor', to = 'passive', share = 25) => {
    const choice = (name, value) => h('select', { name }, CLASSES.map((c) => h('option', { value: c, selected: c === value }, loyalty(c))));
    const error = h('span', { class: 'error field-error', role: 'alert' });
    const row = h('div', { class: 'move controls' },
      h('label', {}, t('simulator.move'), h('input', { type: 'number', name: 'share', min: 0, max: 100, step: 'any', value: share, required: true })),
      h('span', { class: 'muted' }, t('simulator.shareOf')),
      h('label', {}, t('simulator.from'), choice('from', from)),
      h('label', {}, t('simulator.to'), choice('to', to)),
      h('button', { type: 'button', class: 'link', onclick: () => row.remove() }, t('simulator.remove')),
      error);
    moves.append(row);
  };
  const form = h('form', { id: 'simulator' },
    h('p', { class: 'muted' }, t('simulator.how', { asOf: date(asOf) })),
    moves,
    h('div', { class: 'controls' },
      h('button', { type: 'button', class: 'secondary', onclick: () => addMove() }, t('simulator.add')),
      h('button', { type: 'submit' }, t('simulator.submit'))),
    formError);
  addMove();
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const rows = [...moves.querySelectorAll('.move')];
    rows.forEach((row) => show(row.querySelector('.field-error')));
    show(formError);
    const scenario = {
      asOf,
      moves: rows.map((row) => ({
        from: row.querySelector('[name=from]').value,
        to: row.querySelector('[name=to]').value,
        share: Number(row.querySelector('[name=share]').value) / 100,
      })),
    };
    try {
      showResult(result, await post('simulations', scenario));
    } catch (error) {
      show(result);
      const field = error instanceof ApiError ? error.problem.parameter : null;
      const index = field?.match(/^moves\[(\d+)\]/);
      const target = index && rows[Number(index[1])] ? rows[Number(index[1])].querySelector('.field-error') : formError;
      show(target, error.message);
    }
  });
  show(main, h('h1', {}, t('simulator.heading')), panel(t('simulator.scenario'), 'scenario', form), panel(t('simulator.projection'), 'projection', result));
}

function showResult(node, s) {
  const c = s.currency;
  show(node,
    h('div', { class: 'tiles' },
      tile(t('simulator.baseline', { currency: c }), money(s.baseline), t('simulator.baseline.detail', { arr: money(s.arr) }), 'sim-baseline'),
      tile(t('simulator.projected', { currency: c }), money(s.projection), t('simulator.projected.detail'), 'sim-projection'),
      tile(t('simulator.difference', { currency: c }), money(s.difference), s.difference === null ? t('simulator.difference.undefined')
        : t('simulator.difference.detail', { share: percent(Number(s.difference) / Number(s.baseline)) }), 'sim-difference'),
      tile(t('simulator.nps'), nps(s.impliedNps), t('simulator.nps.detail', { today: nps(s.baselineNps) }), 'sim-nps')),
    h('p', { class: 'muted' }, t('simulator.nrr', { from: date(s.nrrPeriod.from), to: date(s.nrrPeriod.to), overall: percent(s.overallNrr) })),
    table({ id: 'simulator-classes' },
      [[t('simulator.class')], [t('matrix.accounts'), 'num'], [t('lifecycle.arr', { currency: c }), 'num'], [t('simulator.meanArr'), 'num'],
        [t('simulator.nrrObserved'), 'num'], [t('simulator.nrrApplied'), 'num'], [t('simulator.accountsAfter'), 'num'],
        [t('simulator.arrAfter'), 'num'], [t('simulator.baselineColumn'), 'num'], [t('simulator.projectionColumn'), 'num']],
      s.classes.map((k) => ({
        attributes: { 'data-class': k.loyaltyClass },
        cells: [loyalty(k.loyaltyClass), k.accounts, money(k.arr), money(k.meanArr), percent(k.observedNrr), percent(k.appliedNrr),
          nps(k.accountsAfter), money(k.arrAfter), money(k.baselineArr), money(k.projectedArr)],
      })), t('simulator.projection')));
}

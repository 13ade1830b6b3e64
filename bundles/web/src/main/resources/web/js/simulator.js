// The revenue simulator: move shares of accounts between loyalty classes and see the ARR the
// classes' observed retention projects, against the baseline, and the NPS the scenario implies.
import { ApiError, post } from './api.js';
import { h, panel, show, table, tile } from './dom.js';
import { loyalty, money, nps, percent } from './format.js';

const CLASSES = ['promoter', 'passive', 'detractor', 'non_responder'];

export function renderSimulator(main, asOf) {
  const moves = h('div', { id: 'simulator-moves' });
  const result = h('div', { id: 'simulator-result' });
  const formError = h('p', { class: 'error', role: 'alert' });
  const addMove = (from = 'detractor', to = 'passive', share = 25) => {
    const choice = (name, value) => h('select', { name }, CLASSES.map((c) => h('option', { value: c, selected: c === value }, loyalty(c))));
    const error = h('span', { class: 'error field-error', role: 'alert' });
    const row = h('div', { class: 'move controls' },
      h('label', {}, 'Move', h('input', { type: 'number', name: 'share', min: 0, max: 100, step: 'any', value: share, required: true })),
      h('span', { class: 'muted' }, '% of the'),
      h('label', {}, 'accounts now', choice('from', from)),
      h('label', {}, 'to', choice('to', to)),
      h('button', { type: 'button', class: 'link', onclick: () => row.remove() }, 'remove'),
      error);
    moves.append(row);
  };
  const form = h('form', { id: 'simulator' },
    h('p', { class: 'muted' }, `Accounts by loyalty class as of ${asOf}; each class keeps the NRR it showed over the last 12 months.`),
    moves,
    h('div', { class: 'controls' },
      h('button', { type: 'button', class: 'secondary', onclick: () => addMove() }, 'Add a move'),
      h('button', { type: 'submit' }, 'Simulate')),
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
  show(main, h('h1', {}, 'Revenue simulator'), panel('Scenario', 'scenario', form), panel('Projection', 'projection', result));
}

function showResult(node, s) {
  const c = s.currency;
  show(node,
    h('div', { class: 'tiles' },
      tile(`Baseline (${c})`, money(s.baseline), `ARR in a year without moves; today ${money(s.arr)}`, 'sim-baseline'),
      tile(`Projection (${c})`, money(s.projection), 'ARR in a year with the moves', 'sim-projection'),
      tile(`Difference (${c})`, money(s.difference),
        s.difference === null ? 'undefined: a class with ARR has no NRR' : `${percent(Number(s.difference) / Number(s.baseline))} of the baseline`, 'sim-difference'),
      tile('Implied account NPS', nps(s.impliedNps), `today ${nps(s.baselineNps)}`, 'sim-nps')),
    h('p', { class: 'muted' }, `NRR observed from ${s.nrrPeriod.from} to ${s.nrrPeriod.to}; a class without its own NRR takes the`
      + ` whole selection's, ${percent(s.overallNrr)}.`),
    table({ id: 'simulator-classes' },
      [['Class'], ['Accounts', 'num'], [`ARR (${c})`, 'num'], ['Mean ARR', 'num'], ['NRR observed', 'num'], ['NRR applied', 'num'],
        ['Accounts after', 'num'], ['ARR after', 'num'], ['Baseline', 'num'], ['Projection', 'num']],
      s.classes.map((k) => ({
        attributes: { 'data-class': k.loyaltyClass },
        cells: [loyalty(k.loyaltyClass), k.accounts, money(k.arr), money(k.meanArr), percent(k.observedNrr), percent(k.appliedNrr),
          k.accountsAfter.toFixed(1), money(k.arrAfter), money(k.baselineArr), money(k.projectedArr)],
      }))));
}

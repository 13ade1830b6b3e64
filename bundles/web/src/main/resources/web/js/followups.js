// Follow-ups of the closed loop: one per survey response, for the account owner; overdue ones first.
import { get } from './api.js';
import { guard, h, panel, show, table } from './dom.js';
import { words } from './format.js';

const filter = { overdue: false, assignee: '' };

export function renderFollowUps(main, asOf) {
  const overdue = h('input', { type: 'checkbox', name: 'overdue', checked: filter.overdue });
  const assignee = h('input', { type: 'search', name: 'assignee', placeholder: 'user id', value: filter.assignee });
  const rows = h('div');
  const form = h('form', { class: 'controls', role: 'search', onsubmit: (e) => e.preventDefault() },
    h('label', { class: 'inline' }, overdue, ' Overdue only'), h('label', {}, 'Assignee', assignee));
  form.addEventListener('change', () => {
    filter.overdue = overdue.checked;
    filter.assignee = assignee.value;
    guard(rows, load);
  });
  show(main, h('h1', {}, 'Follow-ups'), panel('Follow-ups from survey responses', 'followups', form, rows));

  async function load() {
    const page = await get('followups', { asOf, overdue: filter.overdue ? 'true' : '', assignee: filter.assignee });
    show(rows,
      h('p', { 'data-test': 'followup-count' }, `${page.items.length} follow-up${page.items.length === 1 ? '' : 's'}`
        + (filter.overdue ? ' past due and not done' : '') + ` as of ${asOf}.`),
      table({ id: 'followup-list' },
        [['Due'], ['Account'], ['What'], ['Task'], ['Assignee'], ['State']],
        page.items.map((t) => ({
          attributes: { 'data-response': t.followUp.responseId, class: t.overdue ? 'overdue' : null },
          cells: [t.followUp.dueDate,
            h('a', { href: `#/accounts/${encodeURIComponent(t.followUp.accountId)}?asOf=${asOf}` }, t.followUp.accountId),
            words(t.followUp.kind), t.followUp.title, t.followUp.assignee ?? '–',
            h('span', { class: t.overdue ? 'flag' : null }, t.doneOn ? `done on ${t.doneOn}` : t.overdue ? 'overdue' : words(t.state))],
        }))));
  }
  guard(rows, load);
}

// Follow-ups of the closed loop: one per survey response, for the account owner; done once a
// meaningful touch with the account follows the response, overdue when open past its due date.
import { get } from './api.js';
import { guard, h, pageControls, panel, show, table } from './dom.js';
import { words } from './format.js';

const PAGE_SIZE = 50;
const filter = { overdue: false, assignee: '', offset: 0 };

export function renderFollowUps(main, asOf) {
  const overdue = h('input', { type: 'checkbox', name: 'overdue', checked: filter.overdue });
  const assignee = h('input', { type: 'search', name: 'assignee', placeholder: 'user id', value: filter.assignee });
  const rows = h('div');
  const pager = h('div', { class: 'pager' });
  const form = h('form', { class: 'controls', role: 'search', onsubmit: (e) => e.preventDefault() },
    h('label', { class: 'inline' }, overdue, ' Overdue only'), h('label', {}, 'Assignee', assignee));
  form.addEventListener('change', () => {
    filter.overdue = overdue.checked;
    filter.assignee = assignee.value;
    filter.offset = 0;
    guard(pager, load);
  });
  show(main, h('h1', {}, 'Follow-ups'), panel('Follow-ups from survey responses', 'followups', form, rows, pager));

  async function load() {
    const page = await get('followups', {
      asOf, overdue: filter.overdue ? 'true' : '', assignee: filter.assignee, offset: filter.offset, limit: PAGE_SIZE,
    });
    const turn = (offset) => {
      filter.offset = offset;
      guard(pager, load);
    };
    show(rows, table({ id: 'followup-list' },
      [['Due', 'date'], ['Account'], ['What'], ['Task'], ['Assignee'], ['State']],
      page.items.map((t) => ({
        attributes: { 'data-response': t.followUp.responseId, class: t.overdue ? 'overdue' : null },
        cells: [t.followUp.dueDate,
          h('a', { href: `#/accounts/${encodeURIComponent(t.followUp.accountId)}?asOf=${asOf}` }, t.followUp.accountId),
          words(t.followUp.kind), t.followUp.title, t.followUp.assignee ?? '–', state(t)],
      }))));
    show(pager, pageControls(page, turn, 'followup-count', `${filter.overdue ? ' overdue' : ''} as of ${asOf}`));
  }
  guard(pager, load);
}

/** Done (with the day), overdue, or open; and whether the host has taken it yet. */
function state(t) {
  const host = t.state === 'pending' ? ' (not yet in the CRM)' : '';
  if (t.doneOn) {
    return h('span', { class: 'ok' }, `done on ${t.doneOn}${host}`);
  }
  return h('span', { class: t.overdue ? 'flag' : null }, (t.overdue ? 'overdue' : 'open') + host);
}

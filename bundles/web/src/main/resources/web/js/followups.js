// Follow-ups of the closed loop: one per survey response, for the account owner; done once a
// meaningful touch with the account follows the response, overdue when open past its due date.
import { get } from './api.js';
import { empty, guard, h, pageControls, panel, show, table } from './dom.js';
import { date } from './format.js';
import { t } from './i18n.js';

const PAGE_SIZE = 50;
const filter = { overdue: false, assignee: '', offset: 0 };

export function renderFollowUps(main, asOf) {
  const overdue = h('input', { type: 'checkbox', name: 'overdue', checked: filter.overdue });
  const assignee = h('input', { type: 'search', name: 'assignee', placeholder: t('filter.userId'), value: filter.assignee });
  const rows = h('div');
  const pager = h('div', { class: 'pager' });
  const form = h('form', { class: 'controls', role: 'search', 'aria-label': t('followups.filters'), onsubmit: (e) => e.preventDefault() },
    h('label', { class: 'inline' }, overdue, ' ', t('followups.overdueOnly')), h('label', {}, t('followups.assignee'), assignee));
  form.addEventListener('change', () => {
    filter.overdue = overdue.checked;
    filter.assignee = assignee.value;
    filter.offset = 0;
    guard(rows, load);
  });
  show(main, h('h1', {}, t('followups.heading')), panel(t('followups.title'), 'followups', form, rows, pager));

  async function load() {
    const page = await get('followups', {
      asOf, overdue: filter.overdue ? 'true' : '', assignee: filter.assignee, offset: filter.offset, limit: PAGE_SIZE,
    });
    const turn = (offset) => {
      filter.offset = offset;
      guard(rows, load);
    };
    show(rows, page.total === 0 ? emptyState(asOf) : table({ id: 'followup-list', class: 'cards' },
      [[t('followups.due'), 'date'], [t('followups.account')], [t('followups.what')], [t('followups.task')],
        [t('followups.assignee')], [t('followups.state')]],
      page.items.map((f) => ({
        attributes: { 'data-response': f.followUp.responseId, class: f.overdue ? 'overdue' : null },
        cells: [date(f.followUp.dueDate),
          h('a', { href: `#/accounts/${encodeURIComponent(f.followUp.accountId)}?asOf=${asOf}` }, f.followUp.accountId),
          t(`followups.kind.${f.followUp.kind}`), f.followUp.title, f.followUp.assignee ?? '–', state(f)],
      })), t('followups.title')));
    show(pager, pageControls(page, turn, 'followup-count',
      t(filter.overdue ? 'followups.range.overdue' : 'followups.range', { asOf: date(asOf) })));
  }
  guard(rows, load);
}

/** Why there is nothing to do: no open follow-up under these filters, and where follow-ups come from. */
function emptyState(asOf) {
  const what = filter.overdue ? t('followups.empty.overdue', { asOf: date(asOf) })
    : filter.assignee ? t('followups.empty.assignee', { assignee: filter.assignee, asOf: date(asOf) })
      : t('followups.empty', { asOf: date(asOf) });
  return empty(what, t('followups.empty.why'), 'followups-empty');
}

/** Done (with the day), overdue, or open; and whether the host has taken it yet. */
function state(f) {
  const host = f.state === 'pending' ? t('followups.notInCrm') : '';
  if (f.doneOn) {
    return h('span', { class: 'ok' }, t('followups.doneOn', { date: date(f.doneOn) }) + host);
  }
  return h('span', { class: f.overdue ? 'flag' : null }, t(f.overdue ? 'followups.overdue' : 'followups.open') + host);
}

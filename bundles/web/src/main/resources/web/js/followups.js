// Follow-ups of the closed loop: one per survey response, for the account owner, and the ones reps
// create for recommended actions. Done once a meaningful touch with the account follows the response
// or a rep marks it done; a rep may also snooze one to a day, reassign it or note something. Every
// change names the version the list showed, so a change someone made meanwhile is never overwritten
// (the API answers 409 and the list is loaded again).
import { ApiError, get, patch } from './api.js';
import { empty, guard, h, pageControls, panel, show, table } from './dom.js';
import { date, shift } from './format.js';
import { t } from './i18n.js';
import { showOverdueCount } from './overdue.js';

const PAGE_SIZE = 50;
const filter = { overdue: false, assignee: '', offset: 0 };

export function renderFollowUps(main, asOf) {
  const overdue = h('input', { type: 'checkbox', name: 'overdue', checked: filter.overdue });
  const assignee = h('input', { type: 'search', name: 'assignee', placeholder: t('filter.userId'), value: filter.assignee });
  const rows = h('div');
  const pager = h('div', { class: 'pager' });
  const notice = h('p', { role: 'status', 'data-test': 'followup-notice' });
  const form = h('form', { class: 'controls', role: 'search', 'aria-label': t('followups.filters'), onsubmit: (e) => e.preventDefault() },
    h('label', { class: 'inline' }, overdue, ' ', t('followups.overdueOnly')), h('label', {}, t('followups.assignee'), assignee));
  form.addEventListener('change', () => {
    filter.overdue = overdue.checked;
    filter.assignee = assignee.value;
    filter.offset = 0;
    guard(rows, load);
  });
  show(main, h('h1', {}, t('followups.heading')), panel(t('followups.title'), 'followups', form, notice, rows, pager));

  /** Sends a rep's change of one follow-up, then shows the list (and the badge) as they are now. */
  async function change(f, fields) {
    try {
      await patch(`followups/${encodeURIComponent(f.followUp.responseId)}?asOf=${asOf}`, { version: f.version, ...fields });
      show(notice, t('followups.saved'));
    } catch (error) {
      show(notice, h('span', { class: 'error' }, error instanceof ApiError && error.status === 409
        ? t('followups.conflict') : t('followups.failed', { detail: error.message })));
    }
    guard(rows, load);
    showOverdueCount(asOf);
  }

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
        [t('followups.assignee')], [t('followups.state')], [t('followups.work')]],
      page.items.map((f) => ({
        attributes: { 'data-response': f.followUp.responseId, 'data-status': f.status, class: f.overdue ? 'overdue' : null },
        cells: [date(f.followUp.dueDate),
          h('a', { href: `#/accounts/${encodeURIComponent(f.followUp.accountId)}?asOf=${asOf}` }, f.followUp.accountId),
          t(`followups.kind.${f.followUp.kind}`),
          [f.followUp.title, f.note ? h('span', { class: 'note muted' }, t('followups.noteShown', { note: f.note })) : null],
          f.followUp.assignee ?? '–', state(f), work(f, asOf, change)],
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

/** Done (with the day), snoozed (to the day), overdue, or open; and whether the host has taken it yet. */
function state(f) {
  const host = f.state === 'pending' ? t('followups.notInCrm') : '';
  if (f.doneOn) {
    return h('span', { class: 'ok' }, t('followups.doneOn', { date: date(f.doneOn) }) + host);
  }
  if (f.status === 'snoozed') {
    return h('span', {}, t('followups.snoozedUntil', { date: date(f.snoozedUntil) }) + host);
  }
  return h('span', { class: f.overdue ? 'flag' : null }, t(f.overdue ? 'followups.overdue' : 'followups.open') + host);
}

/**
 * What a rep can do with one follow-up: done (or reopen), and behind "More" a snooze day, another
 * assignee and a note, saved together. Each control names the follow-up's title for screen readers.
 */
function work(f, asOf, change) {
  const what = f.followUp.title;
  const done = f.status === 'done'
    ? h('button', { type: 'button', class: 'secondary', 'data-test': 'reopen', 'aria-label': t('followups.reopen.for', { what }),
      onclick: () => change(f, { status: 'open' }) }, t('followups.reopen'))
    : h('button', { type: 'button', 'data-test': 'mark-done', 'aria-label': t('followups.done.for', { what }),
      onclick: () => change(f, { status: 'done' }) }, t('followups.done'));
  const until = h('input', { type: 'date', name: 'snoozeUntil', min: shift(asOf, { days: 1 }), value: f.snoozedUntil ?? '' });
  const assignee = h('input', { type: 'text', name: 'assignee', value: f.followUp.assignee ?? '', autocomplete: 'off' });
  const note = h('input', { type: 'text', name: 'note', value: f.note ?? '', maxlength: 2000 });
  const save = (e) => {
    e.preventDefault();
    const fields = {};
    if (until.value && until.value !== f.snoozedUntil) {
      fields.snoozeUntil = until.value;
    }
    if (assignee.value.trim() && assignee.value.trim() !== f.followUp.assignee) {
      fields.assignee = assignee.value.trim();
    }
    if (note.value !== (f.note ?? '')) {
      fields.note = note.value;
    }
    if (Object.keys(fields).length > 0) {
      change(f, fields);
    }
  };
  return h('div', { class: 'work' }, done,
    h('details', {},
      h('summary', { 'aria-label': t('followups.more.for', { what }) }, t('followups.more')),
      h('form', { class: 'work-form', 'data-test': 'work-form', onsubmit: save },
        h('label', {}, t('followups.snoozeUntil'), until),
        h('label', {}, t('followups.reassign'), assignee),
        h('label', {}, t('followups.note'), note),
        h('button', { type: 'submit' }, t('followups.save')))));
}

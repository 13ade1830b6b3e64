// Why an account moved: its health factor by factor and its account NPS between two days, and the
// contacts who moved class (GET /accounts/{id}/changes).
import { get } from './api.js';
import { badge, empty, guard, h, show, table } from './dom.js';
import { date, loyalty, nps, score, shift } from './format.js';
import { bandBadge, factorName } from './health.js';
import { t } from './i18n.js';

const DEFAULT_DAYS = 90;

export function renderChanges(section, path, asOf) {
  const from = h('input', { type: 'date', name: 'changes-from', value: shift(asOf, { days: -DEFAULT_DAYS }), required: true });
  const to = h('input', { type: 'date', name: 'changes-to', value: asOf, required: true });
  const body = h('div');
  const form = h('form', { class: 'controls' }, h('label', {}, t('period.from'), from), h('label', {}, t('period.to'), to),
    h('button', { type: 'submit' }, t('period.show')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    guard(body, load);
  });
  section.append(form, body);

  async function load() {
    const c = await get(`${path}/changes`, { from: from.value, to: to.value });
    show(body,
      h('p', { 'data-test': 'changes-health' }, t('changes.health', { from: date(c.from), to: date(c.to) }), ' ',
        score(c.health.before), ' ', bandBadge(c.bandBefore), ' → ', score(c.health.after), ' ', bandBadge(c.bandAfter),
        ` (${signed(c.health.change)})`),
      h('p', { 'data-test': 'changes-nps' }, t('changes.nps'), ' ', nps(c.accountNps.before), ' ',
        badge(c.classBefore, loyalty(c.classBefore)), ' → ', nps(c.accountNps.after), ' ', badge(c.classAfter, loyalty(c.classAfter)),
        ` (${signed(c.accountNps.change)})`),
      table({ id: 'changes-factors', class: 'cards' },
        [[t('health.factor')], [t('changes.scoreBefore'), 'num'], [t('changes.scoreAfter'), 'num'], [t('changes.contribution'), 'num'],
          [t('changes.reasonNow')]],
        c.factors.map((f) => ({
          attributes: { 'data-factor': f.factor },
          cells: [factorName(f.factor), score(f.score.before), score(f.score.after), signed(f.contribution.change), f.reasonAfter ?? '–'],
        })), t('changes.factors')),
      h('h3', {}, t('changes.contacts')),
      c.contacts.length === 0 ? empty(t('changes.contacts.none'), null, 'changes-no-contacts')
        : h('ul', { id: 'changes-contacts' }, c.contacts.map((m) => h('li', { 'data-contact': m.contactId },
          `${m.name ?? m.contactId} (${m.role.toUpperCase()} ${t(`role.${m.role}`)}): `,
          badge(m.before, loyalty(m.before)), ' → ', badge(m.after, loyalty(m.after))))));
  }
  guard(body, load);
}

/** A change in points with its sign: "+2.5", "-13.5", or a dash. */
function signed(change) {
  return change === null ? '–' : `${change > 0 ? '+' : ''}${nps(change)}`;
}

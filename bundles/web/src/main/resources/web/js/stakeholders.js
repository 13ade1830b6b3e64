// The stakeholder grid: role (A decision maker, B influencer, C user) by loyalty class. On narrow
// screens each role is a card listing its contacts class by class (see app.css).
import { empty, h } from './dom.js';
import { date, loyalty } from './format.js';
import { t } from './i18n.js';

const ROLES = ['a', 'b', 'c'];
const CLASSES = ['promoter', 'passive', 'detractor', 'non_responder'];

export function stakeholderGrid(map) {
  const lookback = h('p', { class: 'muted' }, t('stakeholders.lookback', { from: date(map.lookback.from), to: date(map.lookback.to) }));
  if (map.stakeholders.length === 0) {
    return [lookback, empty(t('stakeholders.empty'), t('stakeholders.empty.why'), 'stakeholders-empty')];
  }
  const cell = (role, loyaltyClass) => map.stakeholders
    .filter((s) => s.contact.role === role && s.loyaltyClass === loyaltyClass)
    .map(contactCard);
  return [lookback, h('div', { class: 'table-wrap', role: 'group', tabindex: 0, 'aria-label': t('stakeholders.title') },
    h('table', { class: 'stakeholders', id: 'stakeholder-grid' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('stakeholders.role')),
        CLASSES.map((c) => h('th', { class: c, scope: 'col' }, loyalty(c))))),
      h('tbody', {}, ROLES.map((role) => h('tr', { 'data-role': role },
        h('th', { scope: 'row' }, `${role.toUpperCase()} ${t(`role.${role}`)}`),
        CLASSES.map((c) => {
          const cards = cell(role, c);
          return h('td', { 'data-class': c, 'data-label': loyalty(c), class: cards.length ? null : 'none' }, cards);
        }))))))];
}

function contactCard(stakeholder) {
  const { contact, latest, previous } = stakeholder;
  const score = (which, r) => (r ? t(`stakeholders.${which}`, { score: r.score, date: date(r.date) }) : t(`stakeholders.${which}.none`));
  return h('div', { class: 'contact', 'data-contact': contact.id },
    h('div', { class: 'name' }, contact.name ?? contact.id),
    contact.title ? h('div', { class: 'muted' }, contact.title) : null,
    h('div', { class: 'scores' }, score('latest', latest), ' · ', score('previous', previous)));
}

// The stakeholder grid: role (A decision maker, B influencer, C user) by loyalty class.
import { h } from './dom.js';
import { loyalty } from './format.js';

const ROLES = [['a', 'A decision maker'], ['b', 'B influencer'], ['c', 'C user']];
const CLASSES = ['promoter', 'passive', 'detractor', 'non_responder'];

export function stakeholderGrid(map) {
  const cell = (role, loyaltyClass) => map.stakeholders
    .filter((s) => s.contact.role === role && s.loyaltyClass === loyaltyClass)
    .map(contactCard);
  return h('div', { class: 'table-wrap' },
    h('p', { class: 'muted' }, `Responses from ${map.lookback.from} to ${map.lookback.to}.`),
    h('table', { class: 'stakeholders', id: 'stakeholder-grid' },
      h('thead', {}, h('tr', {}, h('th', {}, 'Role'), CLASSES.map((c) => h('th', { class: c }, loyalty(c))))),
      h('tbody', {}, ROLES.map(([role, label]) => h('tr', { 'data-role': role },
        h('th', { scope: 'row' }, label),
        CLASSES.map((c) => h('td', { 'data-class': c }, cell(role, c))))))));
}

function contactCard(stakeholder) {
  const { contact, latest, previous } = stakeholder;
  const score = (label, r) => (r ? `${label} ${r.score} on ${r.date}` : `${label} –`);
  return h('div', { class: 'contact', 'data-contact': contact.id },
    h('div', { class: 'name' }, contact.name ?? contact.id),
    contact.title ? h('div', { class: 'muted' }, contact.title) : null,
    h('div', { class: 'scores' }, score('latest', latest), ' · ', score('previous', previous)));
}

// The activity timeline: one stream, newest first, filterable by type, with the gaps marked.
import { get } from './api.js';
import { guard, h, show } from './dom.js';
import { date, eventType, money, shift } from './format.js';
import { t } from './i18n.js';
import { topicChoice } from './topics.js';

const PAGE_SIZE = 100;
const TYPES = ['support_ticket', 'business_review', 'meeting', 'call', 'email', 'marketing_email', 'visit', 'other',
  'survey_response', 'contract_start', 'contract_renewal', 'contract_end'];

/**
 * Renders the timeline into {@code section}; the answer's {@code showTopic(label)} narrows it to the
 * responses whose comments mention the topic of that label (the scorecard's top negative topic).
 */
export function renderTimeline(section, path, asOf, stakeholders) {
  const names = new Map(stakeholders.stakeholders.map((s) => [s.contact.id, s.contact.name ?? s.contact.id]));
  const from = h('input', { type: 'date', name: 'from', value: shift(asOf, { days: 1, months: -12 }), required: true });
  const to = h('input', { type: 'date', name: 'to', value: asOf, required: true });
  const boxes = TYPES.map((type) => h('input', { type: 'checkbox', name: 'type', value: type, checked: true }));
  const topicLabel = h('label', {}, t('timeline.topic'));
  const flags = h('p', { id: 'timeline-flags' });
  const stream = h('ol', { class: 'timeline', id: 'timeline-events', tabindex: 0, 'aria-label': t('timeline.label') });
  const more = h('div', { class: 'pager' });
  const controls = h('form', { class: 'controls' }, h('label', {}, t('period.from'), from), h('label', {}, t('period.to'), to),
    topicLabel,
    h('fieldset', { class: 'types' }, h('legend', {}, t('timeline.types')),
      boxes.map((box) => h('label', {}, box, ' ', eventType(box.value)))));
  controls.addEventListener('change', () => guard(more, () => load(0)));
  controls.addEventListener('submit', (event) => event.preventDefault());
  section.append(controls, flags, stream, more);

  let topic = null;
  let events = [];
  async function load(offset) {
    const chosen = boxes.filter((b) => b.checked).map((b) => b.value);
    if (chosen.length === 0) {
      show(stream);
      show(more, t('timeline.chooseType'));
      return;
    }
    const page = await get(`${path}/timeline`, {
      from: from.value, to: to.value, offset, limit: PAGE_SIZE, topic: topic?.value,
      types: chosen.length === TYPES.length ? '' : chosen.join(','),
    });
    events = offset === 0 ? page.events : events.concat(page.events);
    const complete = events.length >= page.total;
    show(flags, flagText(page));
    show(stream, page.total === 0 ? h('li', { 'data-test': 'timeline-empty' }, t(topic?.value ? 'timeline.empty.topic' : 'timeline.empty'))
      : merge(events, page.gaps, complete).map((item) => (item.days ? gapItem(item) : eventItem(item, names))));
    show(more, h('span', { 'data-test': 'timeline-count' }, t('timeline.count', { shown: events.length, total: page.total })),
      complete ? null : h('button', { type: 'button', onclick: () => guard(more, () => load(events.length)) }, t('timeline.more')));
  }
  const ready = guard(more, async () => {
    if (!topic) { // a retry after a failure keeps the select it already has
      const choice = await topicChoice({ from: from.value, to: to.value }, 'topic');
      topicLabel.append(choice);
      topic = choice;
    }
    await load(0);
  });
  return {
    async showTopic(label) {
      await ready;
      const option = [...(topic?.options ?? [])].find((o) => o.textContent === label);
      if (option) {
        topic.value = option.value;
        section.scrollIntoView?.({ block: 'start' });
        await guard(more, () => load(0));
      }
    },
  };
}

function flagText(page) {
  const gap = page.communicationGap;
  const contact = page.overContact;
  return [
    h('span', { class: gap.flagged ? 'flag' : 'ok' }, gap.flagged
      ? t(gap.daysSince === null ? 'timeline.gap.never' : 'timeline.gap', { days: gap.daysSince, limit: gap.limitDays })
      : t('timeline.gap.none', { last: date(gap.lastTouch) })),
    ' ',
    h('span', { class: contact.flagged ? 'flag' : 'ok' }, t(contact.flagged ? 'timeline.overContact' : 'timeline.overContact.none',
      { emails: contact.marketingEmails, days: contact.windowDays, limit: contact.threshold })),
  ];
}

/** Events newest first with each gap placed where it starts; the oldest gaps only once every event is loaded. */
function merge(events, gaps, complete) {
  const pending = [...gaps].sort((a, b) => b.from.localeCompare(a.from));
  const items = [];
  for (const event of events) {
    while (pending.length && pending[0].from >= event.date) {
      items.push(pending.shift());
    }
    items.push(event);
  }
  return complete ? items.concat(pending) : items;
}

function gapItem(gap) {
  return h('li', { class: 'gap', 'data-test': 'gap' }, t('timeline.gapItem', { days: gap.days, from: date(gap.from), to: date(gap.to) }));
}

function eventItem(event, names) {
  return h('li', { 'data-type': event.type, 'data-source': event.sourceId },
    h('span', { class: 'when' }, date(event.date)),
    h('span', { class: 'badge' }, eventType(event.type)), ' ',
    h('span', { class: 'title' }, event.title),
    event.contactId ? h('span', { class: 'muted' }, ` · ${names.get(event.contactId) ?? event.contactId}`) : null,
    details(event));
}

function details(event) {
  if (event.response) {
    return event.response.comment ? h('p', { class: 'comment' }, event.response.comment) : null;
  }
  if (event.contract) {
    const c = event.contract;
    return h('div', { class: 'muted' }, t(c.autoRenew ? 'timeline.contract.autoRenew' : 'timeline.contract', {
      product: c.product ?? c.id, start: date(c.startDate), end: c.endDate ? date(c.endDate) : t('timeline.contract.open'),
      mrr: money(c.mrr, c.currency) }));
  }
  return null;
}

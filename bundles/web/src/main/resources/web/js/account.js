// One account: scorecard and health with next actions, the stakeholder grid and the activity timeline.
import { nextActions, coverageGaps } from './actions.js';
import { get, post } from './api.js';
import { renderChanges } from './changes.js';
import { line } from './charts.js';
import { guard, h, panel, show, tile } from './dom.js';
import { factorTable, healthTile, renderHealthTrend } from './health.js';
import { date, interval, loyalty, month, monthEnd, money, nps, shift } from './format.js';
import { t } from './i18n.js';
import { fewAnswersMark } from './nps.js';
import { stakeholderGrid } from './stakeholders.js';
import { renderTimeline } from './timeline.js';

export async function renderAccount(main, id, asOf) {
  const path = `accounts/${encodeURIComponent(id)}`;
  const [scorecard, stakeholders] = await Promise.all([
    get(`${path}/scorecard`, { asOf }), get(`${path}/stakeholders`, { asOf })]);
  const account = scorecard.account;
  const arrTrend = panel(t('account.arrTrend'), 'arr-trend');
  const healthTrend = panel(t('account.healthTrend'), 'health-trend');
  const timeline = panel(t('timeline.title'), 'timeline');
  const changes = panel(t('changes.title'), 'changes');
  let timelineView = null;
  show(main,
    h('h1', { id: 'account-name' }, account.name),
    h('p', { class: 'muted' }, t('account.facts', {
      id: account.id, owner: account.owner ?? '–', segment: account.segment ?? '–', tier: account.tier,
      industry: account.industry ?? '–', country: account.country ?? '–', asOf: date(scorecard.asOf),
    })),
    dataStatus(scorecard.dataStatus),
    scorecardTiles(scorecard, (label) => timelineView?.showTopic(label)),
    h('div', { class: 'grid' },
      actionsPanel(account.id, nextActions(scorecard, stakeholders), asOf),
      panel(t('health.factors'), 'health', factorTable(scorecard.health))),
    h('div', { class: 'grid' }, healthTrend, arrTrend),
    changes,
    panel(t('stakeholders.title'), 'stakeholders', stakeholderGrid(stakeholders)),
    timeline);
  renderChanges(changes, path, asOf);
  guard(healthTrend, () => renderHealthTrend(healthTrend, path, asOf));
  guard(arrTrend, () => renderArrTrend(arrTrend, path, asOf, scorecard.baseCurrency));
  timelineView = renderTimeline(timeline, path, asOf, stakeholders);
}

/** A warning when the host's data is a stale copy or missing; nothing when it is live (or the host does not say). */
function dataStatus(status) {
  if (!status || status.freshness === 'live') {
    return null;
  }
  const why = status.message ? ` (${status.message})` : '';
  return h('p', { class: 'warning', role: 'status', id: 'data-status' }, status.freshness === 'stale'
    ? t('account.stale', { since: date(status.asOf), why }) : t('account.missing', { why }));
}

/** The scorecard's tiles; {@code showTopic(label)} narrows the timeline to the comments of the top negative topic. */
function scorecardTiles(s, showTopic) {
  const contacts = s.loyalty.contacts;
  const renewal = s.nextRenewal;
  const missing = coverageGaps(s.coverage);
  const gap = s.communicationGap;
  const contact = s.overContact;
  return h('div', { class: 'tiles', id: 'scorecard' },
    healthTile(s.health),
    tile(t('account.nps'), nps(s.loyalty.accountNps),
      h('span', { class: `badge ${s.loyalty.loyaltyClass}` }, loyalty(s.loyalty.loyaltyClass)), 'account-nps'),
    tile(t('account.contactNps'), nps(contacts.value),
      [fewAnswersMark(contacts), ' ', t('account.contactNps.detail', { interval: interval(contacts), n: contacts.n })], 'contact-nps'),
    tile(t('account.arr', { currency: s.baseCurrency }), money(s.arr), t('account.mrr', { mrr: money(s.mrr) }), 'arr'),
    tile(t('account.renewal'), renewal ? date(renewal.contract.endDate) : t('account.renewal.none'),
      renewal ? t('account.renewal.detail', { days: renewal.daysUntilEnd, atStake: money(renewal.arrAtStake, s.baseCurrency) })
        : t('account.renewal.noEnd'), 'renewal'),
    tile(t('account.coverage'), missing.length ? t('account.coverage.warning') : t('account.coverage.ok'),
      missing.length ? t('account.coverage.missing', { missing: missing.join(', ') }) : t('account.coverage.every'), 'coverage'),
    tile(t('account.gap'), gap.flagged ? t('flag.raised') : t('flag.ok'),
      gap.daysSince === null ? t('account.gap.never', { limit: gap.limitDays })
        : t('account.gap.days', { days: gap.daysSince, limit: gap.limitDays }), 'gap'),
    tile(t('account.overContact'), contact.flagged ? t('flag.raised') : t('flag.ok'),
      t('account.overContact.detail', { emails: contact.marketingEmails, days: contact.windowDays, limit: contact.threshold }), 'over-contact'),
    topicTile(s.topNegativeTopic, showTopic));
}

function topicTile(label, showTopic) {
  return tile(t('account.topic'), label ?? t('account.topic.none'), label
    ? h('button', { type: 'button', class: 'link', 'data-test': 'show-topic', onclick: () => showTopic(label) }, t('account.topic.show'))
    : t('account.topic.noneDetail'), 'top-topic');
}

/** The next actions, each with a button that creates a follow-up for it (disabled while one is open). */
function actionsPanel(accountId, actions, asOf) {
  const section = panel(t('actions.title'), 'actions');
  if (actions.length === 0) {
    section.append(h('p', { class: 'ok', 'data-test': 'no-actions' }, t('actions.none')));
    return section;
  }
  const list = h('div');
  section.append(list, h('p', { class: 'muted' }, t('actions.how')));
  guard(list, async () => {
    const open = await openActionFollowUps(accountId, asOf);
    show(list, h('ul', { class: 'actions' }, actions.map((a, i) => actionItem(accountId, asOf, a, `action-${i}`, open.get(a.text)))));
  });
  return section;
}

/** The account's open follow-ups of recommended actions, by title. */
async function openActionFollowUps(accountId, asOf) {
  const page = await get('followups', { asOf, account: accountId, limit: 500 });
  return new Map(page.items.filter((f) => f.followUp.kind === 'recommended_action' && f.status !== 'done')
    .map((f) => [f.followUp.title, f]));
}

/** One action with its button; the follow-up is made as of the page's day, so it shows in its lists. */
function actionItem(accountId, asOf, action, id, open) {
  const outcome = h('span', { class: 'muted', role: 'status', 'data-test': 'action-outcome' },
    open ? t('actions.open', { date: date(open.followUp.dueDate) }) : null);
  const button = h('button', {
    type: 'button', class: 'secondary', 'data-test': 'create-followup', disabled: Boolean(open), 'aria-describedby': id,
    onclick: async () => {
      button.disabled = true;
      try {
        const created = await post(`followups?asOf=${asOf}`, { accountId, title: action.text });
        show(outcome, t('actions.created', { date: date(created.followUp.dueDate) }));
      } catch (error) {
        button.disabled = false;
        show(outcome, h('span', { class: 'error' }, t('actions.failed', { detail: error.message })));
      }
    },
  }, t('actions.create'));
  return h('li', { 'data-source': action.source }, h('span', { id }, action.text), ' ', button, ' ', outcome);
}

async function renderArrTrend(section, path, asOf, currency) {
  const days = Array.from({ length: 12 }, (_, i) => (i === 11 ? asOf : monthEnd(shift(asOf, { months: i - 11 }))));
  const cards = await Promise.all(days.map((day) => get(`${path}/scorecard`, { asOf: day })));
  section.append(line(t('account.arrTrend.chart', { currency }), cards.map((c, i) => ({ label: month(days[i]), value: Number(c.arr) })), true),
    h('p', { class: 'muted' }, t('account.arrTrend.text', {
      first: money(cards[0].arr, currency), firstDay: date(days[0]), last: money(cards[11].arr, currency), lastDay: date(asOf),
    })));
}

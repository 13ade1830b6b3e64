// One account: scorecard and health with next actions, the stakeholder grid and the activity timeline.
import { nextActions, coverageGaps } from './actions.js';
import { get } from './api.js';
import { line } from './charts.js';
import { guard, h, panel, show, tile } from './dom.js';
import { factorTable, healthTile, renderHealthTrend } from './health.js';
import { interval, loyalty, monthEnd, money, nps, shift } from './format.js';
import { stakeholderGrid } from './stakeholders.js';
import { renderTimeline } from './timeline.js';

export async function renderAccount(main, id, asOf) {
  const path = `accounts/${encodeURIComponent(id)}`;
  const [scorecard, stakeholders] = await Promise.all([
    get(`${path}/scorecard`, { asOf }), get(`${path}/stakeholders`, { asOf })]);
  const account = scorecard.account;
  const arrTrend = panel('ARR over the last 12 months', 'arr-trend');
  const healthTrend = panel('Health over the last 12 months', 'health-trend');
  const timeline = panel('Activity timeline', 'timeline');
  show(main,
    h('h1', { id: 'account-name' }, account.name),
    h('p', { class: 'muted' }, `${account.id} · owner ${account.owner ?? '–'} · ${account.segment ?? '–'} · tier ${account.tier}`
      + ` · ${account.industry ?? '–'} · ${account.country ?? '–'} · as of ${scorecard.asOf}`),
    dataStatus(scorecard.dataStatus),
    scorecardTiles(scorecard),
    h('div', { class: 'grid' },
      panel('Next recommended actions', 'actions', actionList(nextActions(scorecard, stakeholders)),
        h('p', { class: 'muted' }, 'From the health factors that cost the most points, then the flags above.')),
      panel('Health factors', 'health', factorTable(scorecard.health))),
    h('div', { class: 'grid' }, healthTrend, arrTrend),
    panel('Stakeholder loyalty', 'stakeholders', stakeholderGrid(stakeholders)),
    timeline);
  guard(healthTrend, () => renderHealthTrend(healthTrend, path, asOf));
  guard(arrTrend, () => renderArrTrend(arrTrend, path, asOf, scorecard.baseCurrency));
  renderTimeline(timeline, path, asOf, stakeholders);
}

/** A warning when the host's data is a stale copy or missing; nothing when it is live (or the host does not say). */
function dataStatus(status) {
  if (!status || status.freshness === 'live') {
    return null;
  }
  const why = status.message ? ` (${status.message})` : '';
  return h('p', { class: 'warning', role: 'status', id: 'data-status' }, status.freshness === 'stale'
    ? `Stale since ${status.asOf}: the CRM cannot be reached, so these figures come from the copy read then${why}.`
    : `Missing: the CRM cannot be reached and no copy of its data was ever read${why}.`);
}

function scorecardTiles(s) {
  const contacts = s.loyalty.contacts;
  const renewal = s.nextRenewal;
  const missing = coverageGaps(s.coverage);
  const gap = s.communicationGap;
  const contact = s.overContact;
  return h('div', { class: 'tiles', id: 'scorecard' },
    healthTile(s.health),
    tile('Account NPS', nps(s.loyalty.accountNps),
      h('span', { class: `badge ${s.loyalty.loyaltyClass}` }, loyalty(s.loyalty.loyaltyClass)), 'account-nps'),
    tile('Contact NPS', nps(contacts.value), `95 % interval ${interval(contacts)}, n = ${contacts.n}`, 'contact-nps'),
    tile(`ARR (${s.baseCurrency})`, money(s.arr), `MRR ${money(s.mrr)}`, 'arr'),
    tile('Next renewal', renewal ? renewal.contract.endDate : 'none',
      renewal ? `in ${renewal.daysUntilEnd} days, ${money(renewal.arrAtStake, s.baseCurrency)} ARR at stake` : 'no open contract end', 'renewal'),
    tile('Coverage', missing.length ? 'warning' : 'sufficient',
      missing.length ? `missing ${missing.join(', ')}` : 'every role has its contacts', 'coverage'),
    tile('Communication gap', gap.flagged ? 'flagged' : 'ok',
      gap.daysSince === null ? `no touch on record (limit ${gap.limitDays} days)` : `${gap.daysSince} days since the last touch (limit ${gap.limitDays})`, 'gap'),
    tile('Over-contact', contact.flagged ? 'flagged' : 'ok',
      `${contact.marketingEmails} marketing emails in ${contact.windowDays} days (limit ${contact.threshold})`, 'over-contact'));
}

function actionList(actions) {
  return actions.length === 0
    ? h('p', { class: 'ok', 'data-test': 'no-actions' }, 'Nothing pressing: every factor is healthy and no flag is raised.')
    : h('ul', { class: 'actions' }, actions.map((a) => h('li', { 'data-source': a.source }, a.text)));
}

async function renderArrTrend(section, path, asOf, currency) {
  const days = Array.from({ length: 12 }, (_, i) => (i === 11 ? asOf : monthEnd(shift(asOf, { months: i - 11 }))));
  const cards = await Promise.all(days.map((day) => get(`${path}/scorecard`, { asOf: day })));
  section.append(line(`ARR (${currency}) at each month end`, cards.map((c, i) => ({ label: days[i].slice(0, 7), value: Number(c.arr) })), true),
    h('p', { class: 'muted' }, `ARR ${money(cards[0].arr, currency)} on ${days[0]}, ${money(cards[11].arr, currency)} on ${asOf}.`));
}

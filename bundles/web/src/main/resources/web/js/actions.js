// Next recommended actions, derived on the page from the scorecard's flags and the stakeholder
// map. The health score and the analytics' own recommendations come with a later milestone.
import { loyalty, money } from './format.js';

const RENEWAL_HORIZON_DAYS = 90;
const ROLE_WORDS = { a: 'decision maker', b: 'influencer', c: 'user' };

/** What is missing per role, such as "1 A (decision maker)". */
export function coverageGaps(coverage) {
  return coverage.roles
    .filter((r) => r.counted < r.required)
    .map((r) => `${r.required - r.counted} ${r.role.toUpperCase()} (${ROLE_WORDS[r.role]})`);
}

/** The actions a rep should take next, most pressing first. */
export function nextActions(scorecard, stakeholders) {
  const actions = [];
  const gap = scorecard.communicationGap;
  if (gap.flagged) {
    actions.push(gap.daysSince === null
      ? `Schedule a business review: no touch on record (limit ${gap.limitDays} days).`
      : `Schedule a business review: ${gap.daysSince} days since the last touch (limit ${gap.limitDays}).`);
  }
  const renewal = scorecard.nextRenewal;
  if (renewal && renewal.daysUntilEnd <= RENEWAL_HORIZON_DAYS) {
    actions.push(`Prepare the renewal of ${renewal.contract.id}: it ends on ${renewal.contract.endDate}`
      + ` (in ${renewal.daysUntilEnd} days), ${money(renewal.arrAtStake, scorecard.baseCurrency)} ARR at stake.`);
  }
  stakeholders.stakeholders
    .filter((s) => s.contact.role === 'a' && s.loyaltyClass === 'detractor' && s.latest)
    .forEach((s) => actions.push(`Call ${s.contact.name ?? s.contact.id}, a decision maker and ${loyalty('detractor')}`
      + ` (scored ${s.latest.score} on ${s.latest.date}).`));
  const missing = coverageGaps(scorecard.coverage);
  if (missing.length > 0) {
    actions.push(`Widen the contact base: missing ${missing.join(', ')}.`);
  }
  const contact = scorecard.overContact;
  if (contact.flagged) {
    actions.push(`Pause marketing emails: ${contact.marketingEmails} in the last ${contact.windowDays} days`
      + ` (limit ${contact.threshold}).`);
  }
  return actions;
}

// Next recommended actions: first the health factors below the healthy line, the ones that cost the
// score most points first, each with its own reason; then the flags no such factor already covers.
import { loyalty, money } from './format.js';

const RENEWAL_HORIZON_DAYS = 90;
/** A factor scoring below this (the default green band) asks for an action. */
const HEALTHY_FACTOR = 70;
const ROLE_WORDS = { a: 'decision maker', b: 'influencer', c: 'user' };
const FACTOR_ACTIONS = {
  loyalty: 'Win the account back',
  'decision-makers': 'Meet the decision makers',
  coverage: 'Widen the contact base',
  engagement: 'Schedule a business review',
  tickets: 'Get the open high-severity tickets resolved',
  'mrr-trend': 'Find out why revenue is falling',
  renewal: 'Prepare the renewal',
};

/** What is missing per role, such as "1 A (decision maker)". */
export function coverageGaps(coverage) {
  return coverage.roles
    .filter((r) => r.counted < r.required)
    .map((r) => `${r.required - r.counted} ${r.role.toUpperCase()} (${ROLE_WORDS[r.role]})`);
}

/** The actions a rep should take next, most pressing first: {source, text}, source a factor or a flag. */
export function nextActions(scorecard, stakeholders) {
  const factors = (scorecard.health?.factors ?? [])
    .filter((f) => f.score < HEALTHY_FACTOR)
    .sort((a, b) => b.normalisedWeight * (100 - b.score) - a.normalisedWeight * (100 - a.score));
  const actions = factors.map((f) => ({
    source: f.factor,
    text: `${FACTOR_ACTIONS[f.factor] ?? `Look into ${f.factor}`}: ${f.reason.replace(/\.$/, '')}.`,
  }));
  const covered = new Set(factors.map((f) => f.factor));
  const flag = (factor, text) => {
    if (!covered.has(factor)) {
      actions.push({ source: factor, text });
    }
  };

  const gap = scorecard.communicationGap;
  if (gap.flagged) {
    flag('engagement', gap.daysSince === null
      ? `Schedule a business review: no touch on record (limit ${gap.limitDays} days).`
      : `Schedule a business review: ${gap.daysSince} days since the last touch (limit ${gap.limitDays}).`);
  }
  const renewal = scorecard.nextRenewal;
  if (renewal && renewal.daysUntilEnd <= RENEWAL_HORIZON_DAYS) {
    flag('renewal', `Prepare the renewal of ${renewal.contract.id}: it ends on ${renewal.contract.endDate}`
      + ` (in ${renewal.daysUntilEnd} days), ${money(renewal.arrAtStake, scorecard.baseCurrency)} ARR at stake.`);
  }
  stakeholders.stakeholders
    .filter((s) => s.contact.role === 'a' && s.loyaltyClass === 'detractor' && s.latest)
    .forEach((s) => actions.push({ source: 'detractor-call', text: `Call ${s.contact.name ?? s.contact.id}, a decision maker and ${loyalty('detractor')}`
      + ` (scored ${s.latest.score} on ${s.latest.date}).` }));
  const missing = coverageGaps(scorecard.coverage);
  if (missing.length > 0) {
    flag('coverage', `Widen the contact base: missing ${missing.join(', ')}.`);
  }
  const contact = scorecard.overContact;
  if (contact.flagged) {
    actions.push({ source: 'over-contact', text: `Pause marketing emails: ${contact.marketingEmails} in the last ${contact.windowDays} days`
      + ` (limit ${contact.threshold}).` });
  }
  return actions;
}

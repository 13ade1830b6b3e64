// Next recommended actions: first the health factors below the healthy line, the ones that cost the
// score most points first, each with its own reason (the API's words); then the flags no such
// factor already covers.
import { date, loyalty, money } from './format.js';
import { factorName } from './health.js';
import { t } from './i18n.js';

const RENEWAL_HORIZON_DAYS = 90;
/** A factor scoring below this (the default green band) asks for an action. */
const HEALTHY_FACTOR = 70;
const FACTORS_WITH_ACTIONS = ['loyalty', 'decision-makers', 'coverage', 'engagement', 'tickets', 'mrr-trend', 'renewal'];

/** What is missing per role, such as "1 A (decision maker)". */
export function coverageGaps(coverage) {
  return coverage.roles
    .filter((r) => r.counted < r.required)
    .map((r) => t('coverage.gap', { count: r.required - r.counted, role: r.role.toUpperCase(), name: t(`role.${r.role}`) }));
}

/** The actions a rep should take next, most pressing first: {source, text}, source a factor or a flag. */
export function nextActions(scorecard, stakeholders) {
  const factors = (scorecard.health?.factors ?? [])
    .filter((f) => f.score < HEALTHY_FACTOR)
    .sort((a, b) => b.normalisedWeight * (100 - b.score) - a.normalisedWeight * (100 - a.score));
  const actions = factors.map((f) => ({
    source: f.factor,
    text: `${FACTORS_WITH_ACTIONS.includes(f.factor) ? t(`action.${f.factor}`) : t('action.other', { factor: factorName(f.factor) })}:`
      + ` ${f.reason.replace(/\.$/, '')}.`,
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
      ? t('action.gap.never', { limit: gap.limitDays })
      : t('action.gap.days', { days: gap.daysSince, limit: gap.limitDays }));
  }
  const renewal = scorecard.nextRenewal;
  if (renewal && renewal.daysUntilEnd <= RENEWAL_HORIZON_DAYS) {
    flag('renewal', t('action.renewal.due', {
      contract: renewal.contract.id, end: date(renewal.contract.endDate), days: renewal.daysUntilEnd,
      atStake: money(renewal.arrAtStake, scorecard.baseCurrency),
    }));
  }
  stakeholders.stakeholders
    .filter((s) => s.contact.role === 'a' && s.loyaltyClass === 'detractor' && s.latest)
    .forEach((s) => actions.push({ source: 'detractor-call', text: t('action.detractor', {
      name: s.contact.name ?? s.contact.id, detractor: loyalty('detractor'), score: s.latest.score, date: date(s.latest.date),
    }) }));
  const missing = coverageGaps(scorecard.coverage);
  if (missing.length > 0) {
    flag('coverage', t('action.coverage.missing', { missing: missing.join(', ') }));
  }
  const contact = scorecard.overContact;
  if (contact.flagged) {
    actions.push({ source: 'over-contact', text: t('action.overContact', {
      emails: contact.marketingEmails, days: contact.windowDays, limit: contact.threshold,
    }) });
  }
  return actions;
}

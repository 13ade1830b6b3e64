// The overdue follow-ups as a badge on the navigation's Follow-ups item: the API's overdue total
// (GET /followups?overdue=true) as of the day shown, for the caller's accounts.
import { get } from './api.js';
import { h } from './dom.js';
import { count } from './format.js';
import { t } from './i18n.js';

/** Shows or refreshes the badge; none while nothing is overdue or the count cannot be had. */
export async function showOverdueCount(asOf) {
  let total = 0;
  try {
    total = (await get('followups', { asOf, overdue: 'true', limit: 1 })).total;
  } catch {
    total = 0; // the Follow-ups view itself says what failed
  }
  // looked up after the request: the navigation may have been drawn again meanwhile
  const link = document.querySelector('#nav a[data-view="/followups"]');
  if (!link) {
    return;
  }
  link.querySelector('.nav-count')?.remove();
  if (total > 0) {
    link.append(h('span', { class: 'nav-count', 'data-test': 'overdue-badge', 'data-count': total },
      count(total), h('span', { class: 'visually-hidden' }, ` ${t('nav.overdue')}`)));
  }
}

// Webhooks for admins: the endpoints with their delivery counts, and the dead letters (deliveries
// given up on), each with a replay button.
import { get, post } from './api.js';
import { empty, guard, h, pageControls, panel, show, table } from './dom.js';
import { dateTime } from './format.js';
import { t } from './i18n.js';

const PAGE_SIZE = 50;

export function renderDeadLetters(main) {
  const endpoints = panel(t('webhooks.endpoints'), 'webhook-endpoints');
  const letters = panel(t('webhooks.deadLetters'), 'dead-letters', h('p', { class: 'muted' }, t('webhooks.deadLetters.how')));
  const rows = h('div');
  let offset = 0;
  letters.append(rows);
  show(main, h('h1', {}, t('webhooks.heading')), endpoints, letters);

  async function loadEndpoints() {
    const list = await get('webhooks');
    endpoints.replaceChildren(endpoints.firstChild, list.length === 0
      ? empty(t('webhooks.none'), t('webhooks.none.why'), 'no-endpoints')
      : table({ id: 'webhook-endpoint-list', class: 'cards' }, [[t('webhooks.name')], ['URL'], [t('webhooks.topics')], [t('webhooks.pending'), 'num'],
        [t('webhooks.delivered'), 'num'], [t('webhooks.dead'), 'num']],
        list.map((e) => ({
          attributes: { 'data-endpoint': e.name },
          cells: [e.name, e.configured ? e.url : h('span', { class: 'flag' }, t('webhooks.gone')), e.topics.join(', '),
            e.pending, e.delivered, e.dead],
        })), t('webhooks.endpoints')));
  }

  async function loadLetters() {
    const page = await get('webhooks/dead-letters', { offset, limit: PAGE_SIZE });
    const turn = (next) => {
      offset = next;
      guard(rows, loadLetters);
    };
    show(rows, page.total === 0 ? h('p', { class: 'ok', 'data-test': 'no-dead-letters' }, t('webhooks.noDeadLetters'))
      : [table({ id: 'dead-letter-list', class: 'cards' },
        [[t('webhooks.delivery')], [t('webhooks.endpoint')], [t('webhooks.event')], [t('webhooks.attempts'), 'num'],
          [t('webhooks.lastAttempt')], [t('webhooks.why')], [t('webhooks.action')]],
        page.items.map((d) => {
          const status = h('span', { role: 'status' });
          const replay = h('button', { type: 'button', onclick: () => guard(status, async () => {
            replay.disabled = true;
            await post(`webhooks/dead-letters/${encodeURIComponent(d.deliveryId)}/replay`);
            await Promise.all([loadEndpoints(), loadLetters()]);
          }) }, t('webhooks.replay'));
          return {
            attributes: { 'data-delivery': d.deliveryId },
            cells: [d.deliveryId, d.endpoint, d.topic, d.attempts, d.lastAttemptAt ? dateTime(d.lastAttemptAt) : t('webhooks.never'), d.reason,
              [replay, ' ', status]],
          };
        }), t('webhooks.deadLetters')),
      h('div', { class: 'pager' }, pageControls(page, turn, 'dead-letter-range'))]);
  }
  guard(endpoints, loadEndpoints);
  guard(rows, loadLetters);
}

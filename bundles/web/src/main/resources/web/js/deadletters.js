// Webhooks for admins: the endpoints with their delivery counts, and the dead letters (deliveries
// given up on), each with a replay button.
import { get, post } from './api.js';
import { guard, h, pageControls, panel, show, table } from './dom.js';

const PAGE_SIZE = 50;

export function renderDeadLetters(main) {
  const endpoints = panel('Endpoints', 'webhook-endpoints');
  const letters = panel('Dead letters', 'dead-letters',
    h('p', { class: 'muted' }, 'Deliveries that failed every attempt, were refused (4xx) or lost their endpoint.'
      + ' A replay sends the same delivery again, with the same delivery id and its attempts reset.'));
  const rows = h('div');
  let offset = 0;
  letters.append(rows);
  show(main, h('h1', {}, 'Webhooks'), endpoints, letters);

  async function loadEndpoints() {
    const list = await get('webhooks');
    endpoints.replaceChildren(endpoints.firstChild, list.length === 0
      ? h('p', { class: 'muted' }, 'No endpoint is configured (etc/org.accountsuccess.webhook-<name>.cfg).')
      : table({ id: 'webhook-endpoint-list' }, [['Name'], ['URL'], ['Topics'], ['Pending', 'num'], ['Delivered', 'num'], ['Dead', 'num']],
        list.map((e) => ({
          attributes: { 'data-endpoint': e.name },
          cells: [e.name, e.configured ? e.url : h('span', { class: 'flag' }, 'no longer configured'), e.topics.join(', '),
            e.pending, e.delivered, e.dead],
        }))));
  }

  async function loadLetters() {
    const page = await get('webhooks/dead-letters', { offset, limit: PAGE_SIZE });
    const turn = (next) => {
      offset = next;
      guard(rows, loadLetters);
    };
    show(rows, page.total === 0 ? h('p', { class: 'ok', 'data-test': 'no-dead-letters' }, 'No dead letters: every delivery went through.')
      : [table({ id: 'dead-letter-list' },
        [['Delivery'], ['Endpoint'], ['Event'], ['Attempts', 'num'], ['Last attempt'], ['Why'], ['']],
        page.items.map((d) => {
          const status = h('span', { role: 'status' });
          const replay = h('button', { type: 'button', onclick: () => guard(status, async () => {
            replay.disabled = true;
            await post(`webhooks/dead-letters/${encodeURIComponent(d.deliveryId)}/replay`);
            await Promise.all([loadEndpoints(), loadLetters()]);
          }) }, 'Replay');
          return {
            attributes: { 'data-delivery': d.deliveryId },
            cells: [d.deliveryId, d.endpoint, d.topic, d.attempts, d.lastAttemptAt ?? 'never', d.reason, [replay, ' ', status]],
          };
        })),
      h('div', { class: 'pager' }, pageControls(page, turn, 'dead-letter-range'))]);
  }
  guard(endpoints, loadEndpoints);
  guard(rows, loadLetters);
}

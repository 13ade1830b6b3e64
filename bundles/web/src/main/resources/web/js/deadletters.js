// Webhook deliveries that failed for good, for admins: what, where, why, and a replay button.
import { get, post } from './api.js';
import { guard, h, panel, show, table } from './dom.js';

export function renderDeadLetters(main) {
  const rows = h('div');
  show(main, h('h1', {}, 'Webhooks'), panel('Dead letters', 'dead-letters',
    h('p', { class: 'muted' }, 'Deliveries that failed every attempt or were refused. A replay sends the same delivery again (same id, attempts reset).'),
    rows));

  async function load() {
    const letters = await get('webhooks/dead-letters');
    if (letters.length === 0) {
      show(rows, h('p', { class: 'ok', 'data-test': 'no-dead-letters' }, 'No dead letters: every delivery went through.'));
      return;
    }
    show(rows, table({ id: 'dead-letter-list' },
      [['Delivery'], ['Event'], ['Endpoint'], ['Attempts', 'num'], ['Last error'], ['Failed at'], ['']],
      letters.map((d) => {
        const status = h('span', { role: 'status' });
        const replay = h('button', { type: 'button', onclick: () => guard(status, async () => {
          replay.disabled = true;
          await post(`webhooks/dead-letters/${encodeURIComponent(d.id)}/replay`);
          show(status, 'queued again');
          await load();
        }) }, 'Replay');
        return { attributes: { 'data-delivery': d.id }, cells: [d.id, d.topic, d.endpoint, d.attempts, d.lastError, d.failedAt, [replay, ' ', status]] };
      })));
  }
  guard(rows, load);
}

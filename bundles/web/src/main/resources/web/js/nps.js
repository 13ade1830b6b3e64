// How an NPS figure is shown with its uncertainty: the "few answers" mark, and the change against
// a previous period with whether it is significant (GET /nps/compare).
import { h } from './dom.js';
import { date, interval, nps } from './format.js';
import { t } from './i18n.js';

/** Fewer answers than this, or an interval wider than {@link WIDEST_INTERVAL} points: few answers. */
const FEW_ANSWERS = 30;
const WIDEST_INTERVAL = 40;

/** Whether a figure {value, n, interval} rests on too few answers to read much into it. */
export function fewAnswers(result) {
  return result.n < FEW_ANSWERS || !result.interval || result.interval.high - result.interval.low > WIDEST_INTERVAL;
}

/** The visible "few answers" mark of a figure, or nothing. */
export function fewAnswersMark(result) {
  return result && fewAnswers(result)
    ? h('span', { class: 'badge few', 'data-test': 'few-answers', title: t('nps.few.why') }, t('nps.few'))
    : null;
}

/** "NPS 12.3 (95 % interval …, n = 80)" with its mark. */
export function npsFigure(result) {
  return h('span', {}, t('nps.figure', { value: nps(result.value), interval: interval(result), n: result.n }), ' ', fewAnswersMark(result));
}

/**
 * An NPS against the previous period as GET /nps/compare answers it: both figures, the change in
 * points and whether it is significant.
 */
export function npsChange(c, testId) {
  const points = c.change === null ? null : nps(c.change);
  const signed = points === null ? '–' : c.change > 0 ? `+${points}` : points;
  return h('div', { class: 'nps-change', 'data-test': testId },
    h('p', {}, t('nps.current', { from: date(c.window.from), to: date(c.window.to) }), ' ', npsFigure(c.current)),
    h('p', {}, t('nps.previous', { from: date(c.previousWindow.from), to: date(c.previousWindow.to) }), ' ', npsFigure(c.previous)),
    h('p', { 'data-test': `${testId}-change` },
      h('strong', {}, t('nps.change', { change: signed })), ' ',
      h('span', { class: c.significant ? 'badge significant' : 'badge not-significant' },
        c.significant ? t('nps.significant') : t('nps.notSignificant'))));
}

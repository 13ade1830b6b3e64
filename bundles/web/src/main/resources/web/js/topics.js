// What the survey comments say: topics with their ARR at stake and trend, the comments of a
// topic, and the terms detractors use more than promoters (GET /topics, /topics/{key}/comments).
import { get } from './api.js';
import { badge, guard, h, pageControls, panel, show, table } from './dom.js';
import { decimal, money, nps, shift } from './format.js';

/** Every string this view shows, in one place. */
const TEXT = {
  title: 'Comments',
  topics: 'Topics',
  comments: (label) => `Comments on “${label}”`,
  detractorTerms: 'What detractors say more than promoters',
  summary: (r) => `${r.comments} comments of ${r.responses} responses from ${r.window.from} to ${r.window.to}: `
    + `${r.german} German, ${r.english} English, ${r.otherLanguage} in another language (left out). `
    + `Sentiment: ${r.positive} positive, ${r.neutral} neutral, ${r.negative} negative.`,
  stakeNote: 'Negative: mentions by detractors or with a negative sentiment; ARR at stake counts each of those accounts once. '
    + 'Trend: change of the share of comments against the previous window of the same length. Click a topic for its comments.',
  termsNote: 'Log-likelihood test (G²) of detractor against promoter comments, p below 0.05.',
  noTopic: 'No topic: too few comments in this window.',
  noTerm: 'No term is significantly more frequent among detractors.',
  noComment: 'No comment.',
  columns: {
    topic: 'Topic', mentions: 'Mentions', negative: 'Negative', nps: 'NPS', sentiment: 'Sentiment',
    accounts: 'Accounts at stake', arr: (currency) => `ARR at stake (${currency})`, trend: 'Trend (pts)',
    term: 'Term', detractors: 'Detractor comments', promoters: 'Promoter comments', g2: 'G²', p: 'p',
    date: 'Date', account: 'Account', score: 'Score', comment: 'Comment',
  },
  sentimentLabel: { positive: 'positive', neutral: 'neutral', negative: 'negative' },
};

const PAGE = 20;

export function renderTopics(main, asOf) {
  const period = { from: shift(asOf, { days: 1, months: -12 }), to: asOf };
  const topics = panel(TEXT.topics, 'topics');
  const comments = h('section', { class: 'panel', id: 'topic-comments', hidden: true });
  const terms = panel(TEXT.detractorTerms, 'detractor-terms');
  show(main, h('h1', {}, TEXT.title), topics, comments, terms);
  guard(topics, async () => {
    const report = await get('topics', { ...period, limit: PAGE });
    topics.append(h('p', { class: 'muted', 'data-test': 'topics-summary' }, TEXT.summary(report)));
    const list = h('div');
    topics.append(list, h('p', { class: 'muted' }, TEXT.stakeNote));
    const open = (topic) => guard(comments, () => renderComments(comments, topic, period, asOf));
    renderTopicPage(list, report, report.topics, period, open);
    renderTerms(terms, report.detractorTerms, period);
  });
}

function trend(change) {
  if (change === null || change === undefined) {
    return '–';
  }
  return `${change > 0 ? '▲' : change < 0 ? '▼' : ''} ${decimal(change)}`;
}

function renderTopicPage(node, report, page, period, open) {
  const c = TEXT.columns;
  show(node,
    page.total === 0 ? h('p', { class: 'muted' }, TEXT.noTopic)
      : table({ id: 'topics-table' }, [[c.topic], [c.mentions, 'num'], [c.negative, 'num'], [c.nps, 'num'], [c.sentiment, 'num'],
        [c.accounts, 'num'], [c.arr(report.currency), 'num'], [c.trend, 'num']],
      page.items.map((t) => ({
        attributes: { 'data-topic': t.key },
        cells: [h('a', { href: '#', onclick: (e) => { e.preventDefault(); open(t); } }, t.label), t.mentions, t.negativeMentions,
          nps(t.nps.value), decimal(t.meanSentiment), t.accountsAtStake, money(t.arrAtStake), trend(t.shareChange)],
      }))),
    page.total > page.limit ? h('div', { class: 'pager' }, pageControls(page, (offset) => guard(node, async () => {
      const next = await get('topics', { ...period, offset, limit: PAGE });
      renderTopicPage(node, next, next.topics, period, open);
    }), 'topics-range')) : null);
}

async function renderComments(section, topic, period, asOf, offset = 0) {
  const page = await get(`topics/${encodeURIComponent(topic.key)}/comments`, { ...period, offset, limit: PAGE });
  const c = TEXT.columns;
  section.hidden = false;
  show(section, h('h2', {}, TEXT.comments(topic.label)),
    page.total === 0 ? h('p', { class: 'muted' }, TEXT.noComment)
      : table({ id: 'topic-comments-table' }, [[c.date, 'date'], [c.account], [c.score, 'num'], [c.sentiment], [c.comment]],
        page.items.map((m) => ({
          attributes: { 'data-response': m.responseId },
          cells: [m.answeredAt.slice(0, 10), h('a', { href: `#/accounts/${encodeURIComponent(m.accountId)}?asOf=${asOf}` }, m.accountId),
            m.score, badge(`sentiment-${m.sentiment.label}`, `${TEXT.sentimentLabel[m.sentiment.label]} ${decimal(m.sentiment.score)}`),
            m.text],
        }))),
    page.total > page.limit ? h('div', { class: 'pager' },
      pageControls(page, (next) => guard(section, () => renderComments(section, topic, period, asOf, next)), 'topic-comments-range')) : null);
  section.scrollIntoView?.({ block: 'nearest' });
}

function renderTerms(section, page, period) {
  const c = TEXT.columns;
  const body = h('div');
  section.append(h('p', { class: 'muted' }, TEXT.termsNote), body);
  const render = (p) => show(body,
    p.total === 0 ? h('p', { class: 'muted' }, TEXT.noTerm)
      : table({ id: 'detractor-terms-table' }, [[c.term], [c.detractors, 'num'], [c.promoters, 'num'], [c.g2, 'num'], [c.p, 'num']],
        p.items.map((t) => ({
          attributes: { 'data-term': t.key },
          cells: [t.label, t.detractorComments, t.promoterComments, decimal(t.gSquared), t.pValue.toExponential(1)],
        }))),
    p.total > p.limit ? h('div', { class: 'pager' }, pageControls(p, (offset) => guard(body, async () => {
      render((await get('topics', { ...period, offset, limit: PAGE })).detractorTerms);
    }), 'detractor-terms-range')) : null);
  render(page);
}

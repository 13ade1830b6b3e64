// What the survey comments say: topics with their ARR at stake and trend, the comments of a
// topic, and the terms detractors use more than promoters (GET /topics, /topics/{key}/comments).
import { get } from './api.js';
import { badge, guard, h, pageControls, panel, show, table } from './dom.js';
import { count, date, decimal, money, nps, shift } from './format.js';
import { t } from './i18n.js';

/** The view's texts in the page's language; set again at each render, so a language switch shows at once. */
let TEXT = texts();

function texts() {
  return {
    title: t('topics.title'),
    topics: t('topics.topics'),
    comments: (label) => t('topics.comments', { label }),
    detractorTerms: t('topics.detractorTerms'),
    summary: (r) => t('topics.summary', { comments: count(r.comments), responses: count(r.responses), from: date(r.window.from),
      to: date(r.window.to), german: count(r.german), english: count(r.english), other: count(r.otherLanguage),
      positive: count(r.positive), neutral: count(r.neutral), negative: count(r.negative) }),
    stakeNote: t('topics.stakeNote'),
    termsNote: t('topics.termsNote'),
    noTopic: t('topics.noTopic'),
    noTerm: t('topics.noTerm'),
    noComment: t('topics.noComment'),
    columns: {
      topic: t('topics.col.topic'), mentions: t('topics.col.mentions'), negative: t('topics.col.negative'),
      nps: t('topics.col.nps'), sentiment: t('topics.col.sentiment'), accounts: t('topics.col.accounts'),
      arr: (currency) => t('topics.col.arr', { currency }), trend: t('topics.col.trend'), term: t('topics.col.term'),
      detractors: t('topics.col.detractors'), promoters: t('topics.col.promoters'), g2: t('topics.col.g2'),
      p: t('topics.col.p'), date: t('topics.col.date'), account: t('topics.col.account'), score: t('topics.col.score'),
      comment: t('topics.col.comment'),
    },
    sentimentLabel: { positive: t('topics.sentiment.positive'), neutral: t('topics.sentiment.neutral'),
      negative: t('topics.sentiment.negative') },
  };
}

const PAGE = 20;
/** The most topics a topic filter offers: the tenant's first ones, as GET /topics ranks them. */
const CHOICES = 100;

/**
 * A select of the window's comment topics (GET /topics) for a filter, "every response" first;
 * its value is the chosen topic's key, or '' for none.
 */
export async function topicChoice(period, name) {
  const report = await get('topics', { ...period, limit: CHOICES });
  return h('select', { name }, h('option', { value: '' }, t('topics.any')),
    report.topics.items.map((topic) => h('option', { value: topic.key }, topic.label)));
}

export function renderTopics(main, asOf) {
  TEXT = texts();
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

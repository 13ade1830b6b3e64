package org.accountsuccess.voice;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;

import org.accountsuccess.api.LoyaltyClass;
import org.accountsuccess.api.topics.SentimentLabel;
import org.accountsuccess.api.topics.TermContrast;
import org.accountsuccess.api.topics.Topic;
import org.accountsuccess.api.topics.TopicComment;
import org.accountsuccess.api.topics.TopicReport;
import org.accountsuccess.host.spi.DateWindow;
import org.accountsuccess.kpi.nps.NpsMath;
import org.accountsuccess.kpi.nps.NpsTally;

/**
 * The topics of a window's comments (docs/analytics.md, "Topics"). A term is a topic when at
 * least {@code max(3, 1 %)} of the window's analysed comments mention it and it is not a lone
 * opinion word of the lexicon ("great"); a word is merged into a phrase of it ("support" into
 * "support team") when the phrase has at least two thirds of the word's mentions, and terms that
 * exactly the same comments mention are one topic (named by a phrase of them). A mention is
 * negative when the comment is a detractor's (score 0-6) or its sentiment is negative; the ARR at
 * stake counts each account with a negative mention once. The terms detractors use more than
 * promoters are those of at least {@value #MIN_CONTRAST_MENTIONS} mentions between them whose
 * share is higher among detractors' comments with a G² p-value below {@value #SIGNIFICANCE}.
 */
public final class TopicTally {
    private static final int MIN_MENTIONS = 3;
    private static final double MIN_SHARE = 0.01;
    private static final double MERGE_SHARE = 2.0 / 3;
    private static final int MIN_CONTRAST_MENTIONS = 5;
    private static final double SIGNIFICANCE = 0.05;
    private static final int EXAMPLES = 3;
    private static final Comparator<CommentedResponse> MOST_NEGATIVE_FIRST = Comparator
            .comparingDouble((CommentedResponse c) -> c.analysis().sentiment().score())
            .thenComparing(CommentedResponse::answeredAt, Comparator.reverseOrder())
            .thenComparing(CommentedResponse::responseId);

    private final DateWindow window;
    private final DateWindow previousWindow;
    private final double confidenceZ;
    private final Map<String, TermCount> terms = new HashMap<>();
    private final Map<String, Integer> previousMentions = new HashMap<>();
    private int responses;
    private int comments;
    private int german;
    private int english;
    private int other;
    private final int[] labels = new int[SentimentLabel.values().length];
    private int detractorComments;
    private int promoterComments;
    private int previousAnalysed;

    /** One term's figures over the window. */
    private static final class TermCount {
        final Term term;
        final Map<String, Integer> surfaces = new HashMap<>();
        final NpsTally nps = new NpsTally();
        final Set<String> negativeAccounts = new HashSet<>();
        final List<CommentedResponse> examples = new ArrayList<>();
        int mentions;
        /** A sum of a hash of each mentioning response id: equal for terms that the same comments mention. */
        long mentionedBy;
        int negative;
        int detractors;
        int promoters;
        double sentiment;

        TermCount(Term term) {
            this.term = term;
        }

        void add(Term written, CommentedResponse response, LoyaltyClass loyalty) {
            mentions++;
            mentionedBy += spread(response.responseId().hashCode());
            surfaces.merge(written.surface(), 1, Integer::sum);
            nps.addScore(response.score());
            sentiment += response.analysis().sentiment().score();
            if (loyalty == LoyaltyClass.DETRACTOR) {
                detractors++;
            } else if (loyalty == LoyaltyClass.PROMOTER) {
                promoters++;
            }
            if (isNegative(response.score(), response.analysis())) {
                negative++;
                negativeAccounts.add(response.accountId());
            }
            // The list stays sorted, most negative first, and at most EXAMPLES long.
            int at = examples.size();
            while (at > 0 && MOST_NEGATIVE_FIRST.compare(response, examples.get(at - 1)) < 0) {
                at--;
            }
            if (at < EXAMPLES) {
                examples.add(at, response);
                if (examples.size() > EXAMPLES) {
                    examples.remove(EXAMPLES);
                }
            }
        }

        /** The surface written most often (ties: the first in alphabetical order). */
        String label() {
            return surfaces.entrySet().stream()
                    .min(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .orElseThrow().getKey();
        }
    }

    /** Whether a mention is negative: the comment of a detractor (score 0-6), or one with a negative sentiment. */
    public static boolean isNegative(int score, AnalyzedComment analysis) {
        return NpsMath.classify(score) == LoyaltyClass.DETRACTOR || analysis.sentiment().label() == SentimentLabel.NEGATIVE;
    }

    /** @param previousWindow the window of the trend, just before {@code window} */
    public TopicTally(DateWindow window, DateWindow previousWindow, double confidenceZ) {
        this.window = window;
        this.previousWindow = previousWindow;
        this.confidenceZ = confidenceZ;
    }

    /** Counts a valid response of the window; {@code comment} is {@code null} when it has none. */
    public void add(int score, CommentedResponse comment) {
        responses++;
        if (comment == null) {
            return;
        }
        comments++;
        AnalyzedComment analysis = comment.analysis();
        switch (analysis.language()) {
            case GERMAN -> german++;
            case ENGLISH -> english++;
            case OTHER -> other++;
        }
        if (!analysis.analysed()) {
            return;
        }
        labels[analysis.sentiment().label().ordinal()]++;
        LoyaltyClass loyalty = NpsMath.classify(score);
        if (loyalty == LoyaltyClass.DETRACTOR) {
            detractorComments++;
        } else if (loyalty == LoyaltyClass.PROMOTER) {
            promoterComments++;
        }
        for (Term term : analysis.terms()) {
            terms.computeIfAbsent(term.key(), k -> new TermCount(term)).add(term, comment, loyalty);
        }
    }

    /** Counts a comment of the previous window, for the trend. */
    public void addPrevious(AnalyzedComment analysis) {
        if (!analysis.analysed()) {
            return;
        }
        previousAnalysed++;
        for (Term term : analysis.terms()) {
            previousMentions.merge(term.key(), 1, Integer::sum);
        }
    }

    /** @param arrOf each account's ARR on the window's last day (absent is zero) */
    public TopicReport report(Map<String, BigDecimal> arrOf, String currency) {
        int analysed = german + english;
        int minMentions = Math.max(MIN_MENTIONS, (int) Math.ceil(MIN_SHARE * analysed));
        List<TermCount> candidates = new TreeMap<>(terms).values().stream()
                .filter(t -> t.mentions >= minMentions && !t.term.opinion()).toList();
        List<TermCount> distinct = onePerMentionSet(candidates.stream().filter(t -> !mergedIntoPhrase(t, candidates))
                .toList());
        List<Topic> topics = distinct.stream().map(t -> topic(t, analysed, arrOf))
                .sorted(Comparator.comparingInt(Topic::mentions).reversed().thenComparing(Topic::key)).toList();
        return new TopicReport(window, previousWindow, currency, responses, comments, german, english, other,
                labels[SentimentLabel.POSITIVE.ordinal()], labels[SentimentLabel.NEUTRAL.ordinal()],
                labels[SentimentLabel.NEGATIVE.ordinal()], topics, detractorTerms());
    }

    /**
     * Terms that exactly the same comments mention say one thing ("single outage", "year" of "not a
     * single outage this year"): one of them stands for all, a phrase before a word, then the first key.
     */
    private static List<TermCount> onePerMentionSet(List<TermCount> terms) {
        Map<List<Long>, TermCount> byMentions = new HashMap<>();
        for (TermCount t : terms) {
            byMentions.merge(List.of((long) t.mentions, t.mentionedBy), t, (a, b) ->
                    a.term.isPhrase() != b.term.isPhrase() ? (a.term.isPhrase() ? a : b)
                            : a.term.key().compareTo(b.term.key()) <= 0 ? a : b);
        }
        return List.copyOf(byMentions.values());
    }

    /** SplitMix64's finaliser: spreads a 32-bit hash over 64 bits, so sums of different sets rarely collide. */
    private static long spread(int hash) {
        long z = hash * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static boolean mergedIntoPhrase(TermCount word, List<TermCount> candidates) {
        if (word.term.isPhrase()) {
            return false;
        }
        String key = word.term.key();
        return candidates.stream().anyMatch(p -> p.term.isPhrase() && p.mentions >= MERGE_SHARE * word.mentions
                && (p.term.key().startsWith(key + " ") || p.term.key().endsWith(" " + key)));
    }

    private Topic topic(TermCount t, int analysed, Map<String, BigDecimal> arrOf) {
        BigDecimal atStake = t.negativeAccounts.stream().map(a -> arrOf.getOrDefault(a, BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        int before = previousMentions.getOrDefault(t.term.key(), 0);
        OptionalDouble change = previousAnalysed == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(100.0 * t.mentions / analysed - 100.0 * before / previousAnalysed);
        List<TopicComment> examples = t.examples.stream().map(CommentedResponse::toComment).toList();
        return new Topic(t.term.key(), t.label(), t.mentions, t.negative, t.nps.result(confidenceZ),
                t.sentiment / t.mentions, t.negativeAccounts.size(), atStake, before, change, examples);
    }

    private List<TermContrast> detractorTerms() {
        List<TermContrast> contrasts = new ArrayList<>();
        for (TermCount t : terms.values()) {
            if (t.detractors + t.promoters < MIN_CONTRAST_MENTIONS
                    || (double) t.detractors * promoterComments <= (double) t.promoters * detractorComments) {
                continue;
            }
            double g = LogLikelihood.gSquared(t.detractors, detractorComments, t.promoters, promoterComments);
            double p = LogLikelihood.pValue(g);
            if (p < SIGNIFICANCE) {
                contrasts.add(new TermContrast(t.term.key(), t.label(), t.detractors, t.promoters, g, p));
            }
        }
        contrasts.sort(Comparator.comparingDouble(TermContrast::gSquared).reversed().thenComparing(TermContrast::key));
        return contrasts;
    }
}

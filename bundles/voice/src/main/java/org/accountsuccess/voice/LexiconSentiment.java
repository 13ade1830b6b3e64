package org.accountsuccess.voice;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.accountsuccess.api.topics.CommentLanguage;
import org.accountsuccess.api.topics.CommentSentiment;
import org.accountsuccess.api.topics.SentimentLabel;

/**
 * The built-in sentiment of a comment (docs/analytics.md, "Sentiment"), after VADER's rules
 * (Hutto and Gilbert 2014) on the AFINN valences:
 * <ul>
 * <li>each word or phrase of the language's lexicon adds its valence (-5 to 5);</li>
 * <li>an intensifier right before it ("very", "sehr") multiplies it by {@value #BOOST}, a
 * downtoner ("slightly", "etwas") by {@value #DAMP};</li>
 * <li>a negation up to {@value #NEGATION_REACH} words before it in the same clause ("not",
 * "nicht", "kein", "never") multiplies it by {@value #NEGATED}; in German also a "nicht" after it in
 * the same clause, where German puts it ("das gefällt mir nicht");</li>
 * <li>after a contrast ("but", "aber") the words weigh {@value #AFTER_BUT}, before it {@value #BEFORE_BUT};</li>
 * <li>the sum {@code s} becomes the score {@code s / sqrt(s² + 15)} (VADER's normalisation), positive
 * from {@value #THRESHOLD}, negative up to -{@value #THRESHOLD}, neutral between.</li>
 * </ul>
 */
final class LexiconSentiment {
    static final String MODEL = "lexicon";
    static final double THRESHOLD = 0.05;
    private static final double BOOST = 1.5;
    private static final double DAMP = 0.5;
    private static final double NEGATED = -0.5;
    private static final int NEGATION_REACH = 3;
    private static final double AFTER_BUT = 1.5;
    private static final double BEFORE_BUT = 0.5;
    private static final double ALPHA = 15;

    private record Rules(Lexicon lexicon, Set<String> negations, Set<String> contrasts, Map<String, Double> degree,
            Set<String> negationsAfter) {
    }

    private final Rules english;
    private final Rules german;

    LexiconSentiment(Lexicon german, Lexicon english) {
        this.english = new Rules(english,
                Set.of("not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without", "cannot",
                        "can't", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "won't", "wouldn't",
                        "couldn't", "shouldn't", "haven't", "hasn't", "hadn't", "dont", "doesnt", "didnt", "isnt",
                        "wasnt", "cant", "wont", "hardly"),
                Set.of("but", "however", "although", "though"),
                Map.ofEntries(Map.entry("very", BOOST), Map.entry("really", BOOST), Map.entry("extremely", BOOST),
                        Map.entry("so", BOOST), Map.entry("incredibly", BOOST), Map.entry("absolutely", BOOST),
                        Map.entry("totally", BOOST), Map.entry("super", BOOST), Map.entry("highly", BOOST),
                        Map.entry("truly", BOOST), Map.entry("completely", BOOST), Map.entry("utterly", BOOST),
                        Map.entry("slightly", DAMP), Map.entry("somewhat", DAMP), Map.entry("barely", DAMP),
                        Map.entry("fairly", DAMP), Map.entry("rather", DAMP), Map.entry("little", DAMP)),
                Set.of());
        this.german = new Rules(german,
                Set.of("nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals", "nichts",
                        "ohne", "weder", "kaum"),
                Set.of("aber", "jedoch", "allerdings", "sondern", "trotzdem"),
                Map.ofEntries(Map.entry("sehr", BOOST), Map.entry("total", BOOST), Map.entry("extrem", BOOST),
                        Map.entry("echt", BOOST), Map.entry("wirklich", BOOST), Map.entry("absolut", BOOST),
                        Map.entry("äußerst", BOOST), Map.entry("besonders", BOOST), Map.entry("so", BOOST),
                        Map.entry("super", BOOST), Map.entry("richtig", BOOST), Map.entry("völlig", BOOST),
                        Map.entry("unglaublich", BOOST), Map.entry("etwas", DAMP), Map.entry("leicht", DAMP),
                        Map.entry("ziemlich", DAMP), Map.entry("eher", DAMP), Map.entry("bisschen", DAMP)),
                Set.of("nicht"));
    }

    /** The sentiment of a comment's tokens in {@code language} (German or English). */
    CommentSentiment score(List<Token> tokens, CommentLanguage language) {
        Rules rules = language == CommentLanguage.GERMAN ? german : english;
        int contrast = lastContrast(tokens, rules);
        double sum = 0;
        int i = 0;
        while (i < tokens.size()) {
            int length = 1;
            int valence = 0;
            for (int n = Math.min(rules.lexicon().longestPhrase(), tokens.size() - i); n > 1 && valence == 0; n--) {
                valence = rules.lexicon().phraseValence(tokens.subList(i, i + n));
                length = n;
            }
            if (valence == 0) {
                length = 1;
                valence = rules.lexicon().valence(tokens.get(i).text());
            }
            // A negation word with a valence of its own ("no" -1) only negates; a phrase with one ("not working") counts.
            if (valence != 0 && (length > 1 || !rules.negations().contains(tokens.get(i).text()))) {
                double weight = degree(tokens, i, rules) * negation(tokens, i, i + length, rules);
                if (contrast >= 0) {
                    weight *= i > contrast ? AFTER_BUT : BEFORE_BUT;
                }
                sum += valence * weight;
            }
            i += length;
        }
        double score = sum / Math.sqrt(sum * sum + ALPHA);
        SentimentLabel label = score >= THRESHOLD ? SentimentLabel.POSITIVE
                : score <= -THRESHOLD ? SentimentLabel.NEGATIVE : SentimentLabel.NEUTRAL;
        return new CommentSentiment(label, score, MODEL);
    }

    /** The intensifier or downtoner right before word {@code i}, or 1. */
    private static double degree(List<Token> tokens, int i, Rules rules) {
        if (i == 0 || tokens.get(i - 1).clause() != tokens.get(i).clause()) {
            return 1;
        }
        return rules.degree().getOrDefault(tokens.get(i - 1).text(), 1.0);
    }

    /** {@value #NEGATED} when a negation governs the words {@code [from, to)}, else 1. */
    private static double negation(List<Token> tokens, int from, int to, Rules rules) {
        int clause = tokens.get(from).clause();
        for (int j = from - 1; j >= Math.max(0, from - NEGATION_REACH) && tokens.get(j).clause() == clause; j--) {
            if (rules.negations().contains(tokens.get(j).text())) {
                return NEGATED;
            }
        }
        for (int j = to; j < tokens.size() && tokens.get(j).clause() == clause; j++) {
            if (rules.negationsAfter().contains(tokens.get(j).text())) {
                return NEGATED;
            }
        }
        return 1;
    }

    /** The position of the last contrast word, or -1. */
    private static int lastContrast(List<Token> tokens, Rules rules) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (rules.contrasts().contains(tokens.get(i).text())) {
                return i;
            }
        }
        return -1;
    }
}

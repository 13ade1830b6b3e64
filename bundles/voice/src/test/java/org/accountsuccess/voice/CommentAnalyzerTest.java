package org.accountsuccess.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.accountsuccess.api.topics.CommentLanguage;
import org.accountsuccess.api.topics.CommentSentiment;
import org.accountsuccess.api.topics.SentimentLabel;
import org.accountsuccess.api.topics.SentimentModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hand-checked sentiment: the valences of AFINN-en-165 and lexicon-de.tsv summed with the rules of
 * {@link LexiconSentiment}, then {@code s / sqrt(s² + 15)}.
 */
class CommentAnalyzerTest {
    private static final CommentAnalyzer ANALYZER = new CommentAnalyzer(null);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # good 3                                                      | s
            The support is good.                                           | 3
            # helpful 2, negated x -0.5
            The support is not helpful.                                    | -1
            # very x 1.5
            The support is very helpful.                                   | 3
            # 2 x 1.5 (very) x -0.5 (not)
            The support is not very helpful.                               | -1.5
            # great 3, mixed case: the same as in lower case
            GREAT Support                                                  | 3
            # great 3 + thumbs up 2
            Support was great 👍                                           | 5
            # good 3 x 0.5 before the contrast, terrible -3 x 1.5 after it
            The product is good, but the support is terrible.              | -3
            # the negation does not reach past the clause: good 3
            No, it is good.                                                | 3
            # AFINN's own phrase 'not working' -3 (no second negation)
            The export is not working                                      | -3
            """)
    void english(String comment, double sum) {
        assertSentiment(comment, CommentLanguage.ENGLISH, sum);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # gut 3                                                        | s
            Der Support ist gut.                                           | 3
            # gut 3 negated
            Der Support ist nicht gut.                                     | -1.5
            # gefällt 2, negated by the 'nicht' after it, as German puts it
            Das gefällt mir nicht.                                         | -1
            # a compound ending in Katastrophe -4
            Die Supportkatastrophe hat uns Kunden gekostet.                | -4
            # umlaut in capitals and spelt without it: enttäuscht -2 both times
            Wir sind ENTTÄUSCHT.                                           | -2
            Wir sind enttauscht                                            | -2
            # schnell 2 x 1.5 (sehr)
            Der Service ist sehr schnell                                   | 3
            # 'guter' is gut 3 by its stem, negated by kein; leider -1 (a 'keine' after a word does not negate it)
            Kein guter Support, leider keine Antwort                       | -2.5
            # gut 3 + pouting face -4
            Der Support ist gut 😡                                          | -1
            """)
    void german(String comment, double sum) {
        assertSentiment(comment, CommentLanguage.GERMAN, sum);
    }

    @Test
    void emptyAndOtherLanguagesAreLeftOut() {
        for (String comment : new String[] {null, "", "   ", "Très bon produit, équipe réactive.", "👍"}) {
            AnalyzedComment analysis = ANALYZER.analyze(comment);
            assertThat(analysis.language()).as(comment).isEqualTo(CommentLanguage.OTHER);
            assertThat(analysis.terms()).isEmpty();
            assertThat(analysis.sentiment()).isNull();
        }
    }

    @Test
    void termsAreStemmedAndPhrasesStayInTheirClause() {
        assertThat(ANALYZER.analyze("Invoices were wrong, support team helpful").terms())
                .extracting(Term::key).containsExactly("invoice", "wrong", "support", "team", "support team",
                        "helpful", "team helpful");
        assertThat(ANALYZER.analyze("Die Rechnungen sind falsch; die Rechnung kam spät").terms())
                .extracting(Term::key).containsExactly("rechnung", "falsch", "kam", "rechnung kam", "spat", "kam spat");
    }

    @Test
    void anIntegratorsModelScoresInsteadOfTheLexicon() {
        SentimentModel always = new SentimentModel() {
            @Override
            public String name() {
                return "fixed";
            }

            @Override
            public CommentSentiment score(String text, CommentLanguage language) {
                return new CommentSentiment(SentimentLabel.NEGATIVE, -0.9, name());
            }
        };
        CommentSentiment sentiment = new CommentAnalyzer(always).analyze("The support is good.").sentiment();
        assertThat(sentiment).isEqualTo(new CommentSentiment(SentimentLabel.NEGATIVE, -0.9, "fixed"));
    }

    private static void assertSentiment(String comment, CommentLanguage language, double sum) {
        AnalyzedComment analysis = ANALYZER.analyze(comment);
        assertThat(analysis.language()).as(comment).isEqualTo(language);
        double score = sum / Math.sqrt(sum * sum + 15);
        assertThat(analysis.sentiment().score()).as(comment).isCloseTo(score, within(1e-9));
        SentimentLabel label = sum > 0 ? SentimentLabel.POSITIVE : SentimentLabel.NEGATIVE;
        assertThat(analysis.sentiment().label()).as(comment).isEqualTo(label);
    }
}

package org.accountsuccess.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.accountsuccess.api.topics.SentimentLabel;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lexicon sentiment on public labelled data the project did not write: UCI "Sentiment
 * Labelled Sentences" (Kotzias et al. 2015, CC BY 4.0), the Amazon and Yelp parts, 1,000
 * sentences each (500 positive, 500 negative), read from
 * {@code ${accountsuccess.shared.dir}/datasets/sentiment-en}. The figures are in docs/analytics.md.
 * A trivial baseline (always one class) has accuracy 0.5 and AUC 0.5 on these balanced sets.
 */
class PublicSentimentTest {
    private record Labelled(String text, boolean positive) {
    }

    private static Path folder;
    private static final CommentAnalyzer ANALYZER = new CommentAnalyzer(null);

    @BeforeAll
    static void locateTheData() {
        String shared = System.getProperty("accountsuccess.shared.dir");
        folder = shared == null ? null : Path.of(shared, "datasets", "sentiment-en");
        Assumptions.assumeTrue(folder != null && Files.isDirectory(folder),
                () -> (folder == null ? "accountsuccess.shared.dir is not set, …/shared/datasets/sentiment-en"
                        : folder.toString()) + " not found: skipping public-data test");
    }

    @Test
    void amazon() throws IOException {
        assertSeparates("amazon_cells_labelled.tsv", 0.89, 0.64);
    }

    @Test
    void yelp() throws IOException {
        assertSeparates("yelp_labelled.tsv", 0.88, 0.61);
    }

    /**
     * AUC over every sentence (ties count a half; a sentence left out as another language scores 0)
     * and accuracy of the label (neutral counts as wrong), both above the baseline's 0.5 by the margins measured.
     */
    private static void assertSeparates(String file, double minAuc, double minAccuracy) throws IOException {
        List<Labelled> sentences = read(folder.resolve(file));
        assertThat(sentences).hasSize(1000);
        List<Double> positive = new ArrayList<>();
        List<Double> negative = new ArrayList<>();
        int right = 0;
        int labelled = 0;
        int leftOut = 0;
        for (Labelled s : sentences) {
            AnalyzedComment analysis = ANALYZER.analyze(s.text());
            double score = analysis.analysed() ? analysis.sentiment().score() : 0;
            leftOut += analysis.analysed() ? 0 : 1;
            (s.positive() ? positive : negative).add(score);
            SentimentLabel label = analysis.analysed() ? analysis.sentiment().label() : SentimentLabel.NEUTRAL;
            if (label == (s.positive() ? SentimentLabel.POSITIVE : SentimentLabel.NEGATIVE)) {
                right++;
            }
            labelled += label == SentimentLabel.NEUTRAL ? 0 : 1;
        }
        double auc = auc(positive, negative);
        double accuracy = right / (double) sentences.size();
        System.out.printf(Locale.ROOT, "%s: AUC %.3f, accuracy %.3f (baseline 0.500 both); %d labelled positive or"
                + " negative, accuracy on those %.3f; %d of %d found not English%n", file, auc, accuracy, labelled,
                right / (double) labelled, leftOut, sentences.size());
        assertThat(auc).isGreaterThan(minAuc);
        assertThat(accuracy).isGreaterThan(minAccuracy);
    }

    /** The chance that a positive sentence scores above a negative one (Mann-Whitney). */
    private static double auc(List<Double> positive, List<Double> negative) {
        double wins = 0;
        for (double p : positive) {
            for (double n : negative) {
                wins += p > n ? 1 : p == n ? 0.5 : 0;
            }
        }
        return wins / ((double) positive.size() * negative.size());
    }

    private static List<Labelled> read(Path file) throws IOException {
        List<Labelled> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            int tab = line.lastIndexOf('\t');
            rows.add(new Labelled(line.substring(0, tab), line.substring(tab + 1).strip().equals("1")));
        }
        return rows;
    }
}

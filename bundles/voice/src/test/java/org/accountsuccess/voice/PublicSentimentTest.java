package org.accountsuccess.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.accountsuccess.voice.SentimentEvaluation.Labelled;
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

    private static void assertSeparates(String file, double minAuc, double minAccuracy) throws IOException {
        List<Labelled> sentences = read(folder.resolve(file));
        assertThat(sentences).hasSize(1000);
        SentimentEvaluation evaluation = SentimentEvaluation.of(ANALYZER, sentences);
        System.out.println(evaluation.describe(file));
        assertThat(evaluation.auc()).isGreaterThan(minAuc);
        assertThat(evaluation.accuracy()).isGreaterThan(minAccuracy);
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

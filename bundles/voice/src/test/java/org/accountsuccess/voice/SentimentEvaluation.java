package org.accountsuccess.voice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.accountsuccess.api.topics.SentimentLabel;

/**
 * How well the sentiment separates labelled comments: AUC over every comment (ties count a half;
 * one left out as another language scores 0) and accuracy of the label (neutral counts as
 * wrong), with the share labelled at all and the accuracy on those.
 */
record SentimentEvaluation(int comments, double auc, double accuracy, int labelled, double accuracyOnLabelled,
        int leftOut) {

    /** A comment and whether its writer or source calls it positive. */
    record Labelled(String text, boolean positive) {
    }

    static SentimentEvaluation of(CommentAnalyzer analyzer, List<Labelled> comments) {
        List<Double> positive = new ArrayList<>();
        List<Double> negative = new ArrayList<>();
        int right = 0;
        int labelled = 0;
        int leftOut = 0;
        for (Labelled c : comments) {
            AnalyzedComment analysis = analyzer.analyze(c.text());
            double score = analysis.analysed() ? analysis.sentiment().score() : 0;
            leftOut += analysis.analysed() ? 0 : 1;
            (c.positive() ? positive : negative).add(score);
            SentimentLabel label = analysis.analysed() ? analysis.sentiment().label() : SentimentLabel.NEUTRAL;
            right += label == (c.positive() ? SentimentLabel.POSITIVE : SentimentLabel.NEGATIVE) ? 1 : 0;
            labelled += label == SentimentLabel.NEUTRAL ? 0 : 1;
        }
        return new SentimentEvaluation(comments.size(), auc(positive, negative), right / (double) comments.size(),
                labelled, right / (double) labelled, leftOut);
    }

    /** The chance that a positive comment scores above a negative one (Mann-Whitney). */
    private static double auc(List<Double> positive, List<Double> negative) {
        double wins = 0;
        for (double p : positive) {
            for (double n : negative) {
                wins += p > n ? 1 : p == n ? 0.5 : 0;
            }
        }
        return wins / ((double) positive.size() * negative.size());
    }

    String describe(String name) {
        return String.format(Locale.ROOT, "%s: AUC %.3f, accuracy %.3f (baseline 0.500 both); %d of %d labelled positive or"
                + " negative, accuracy on those %.3f; %d left out as another language", name, auc, accuracy, labelled,
                comments, accuracyOnLabelled, leftOut);
    }
}

package org.accountsuccess.demo;

/** How an account's people tend to score: the distribution their 0..10 scores are drawn from. */
enum Sentiment {
    PROMOTER(0, 0, 0, 1, 1, 2, 3, 10, 18, 30, 35),
    PASSIVE(1, 1, 1, 2, 3, 5, 9, 25, 25, 16, 12),
    DETRACTOR(4, 4, 6, 8, 10, 13, 15, 14, 10, 9, 7);

    private final int[] scoreWeights;

    Sentiment(int... scoreWeights) {
        this.scoreWeights = scoreWeights;
    }

    /** A score 0..10 from this distribution, moved by a person's {@code bias}. */
    int score(Dice dice, int bias) {
        return Math.max(0, Math.min(10, dice.weighted(scoreWeights) + bias));
    }

    Sentiment better() {
        return this == DETRACTOR ? PASSIVE : PROMOTER;
    }

    Sentiment worse() {
        return this == PROMOTER ? PASSIVE : DETRACTOR;
    }
}

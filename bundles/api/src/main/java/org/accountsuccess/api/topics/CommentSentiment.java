package org.accountsuccess.api.topics;

import java.util.Objects;

/**
 * The sentiment of one comment.
 *
 * @param label positive, neutral or negative
 * @param score from -1 (most negative) to 1 (most positive)
 * @param model the model that scored it: {@code lexicon} for the built-in one, else the name a
 *        {@link SentimentModel} gives
 */
public record CommentSentiment(SentimentLabel label, double score, String model) {
    public CommentSentiment {
        Objects.requireNonNull(label, "CommentSentiment: label is null");
        Objects.requireNonNull(model, "CommentSentiment: model is null");
        if (!(score >= -1 && score <= 1)) {
            throw new IllegalArgumentException("CommentSentiment: score " + score + " is not from -1 to 1");
        }
    }
}

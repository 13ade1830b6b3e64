package org.accountsuccess.voice;

import java.time.Instant;

import org.accountsuccess.api.topics.TopicComment;

/**
 * A survey response with a comment, its account and the comment's analysis.
 */
public record CommentedResponse(String responseId, String accountId, Instant answeredAt, int score, String text,
        AnalyzedComment analysis) {

    /** Whether the comment mentions the term {@code key}. */
    public boolean mentions(String key) {
        for (Term term : analysis.terms()) {
            if (term.key().equals(key)) {
                return true;
            }
        }
        return false;
    }

    public TopicComment toComment() {
        return new TopicComment(responseId, accountId, answeredAt, score, analysis.language(), text,
                analysis.sentiment());
    }
}

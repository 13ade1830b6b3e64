package org.accountsuccess.api.topics;

import java.time.Instant;

/**
 * One comment, as a topic's example or in a topic's list of comments.
 *
 * @param responseId the survey response it was written in
 * @param accountId the account of the respondent
 * @param answeredAt when it was written
 * @param score the response's 0-10 score
 * @param language the language found
 * @param text the comment as written
 * @param sentiment its sentiment
 */
public record TopicComment(String responseId, String accountId, Instant answeredAt, int score,
        CommentLanguage language, String text, CommentSentiment sentiment) {
}

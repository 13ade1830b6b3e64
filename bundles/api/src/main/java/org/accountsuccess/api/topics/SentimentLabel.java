package org.accountsuccess.api.topics;

/** The tone of a comment. */
public enum SentimentLabel {
    POSITIVE, NEUTRAL, NEGATIVE
}

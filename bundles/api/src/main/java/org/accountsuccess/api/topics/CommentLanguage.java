package org.accountsuccess.api.topics;

/** The language a comment is written in, as far as the analysis tells; {@link #OTHER} comments are left out. */
public enum CommentLanguage {
    GERMAN, ENGLISH, OTHER
}

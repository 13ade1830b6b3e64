package org.accountsuccess.voice;

import java.util.List;

import org.accountsuccess.api.topics.CommentLanguage;
import org.accountsuccess.api.topics.CommentSentiment;

/**
 * What the analysis found in one comment.
 *
 * @param language German, English, or other (then without terms and sentiment)
 * @param terms its distinct candidate terms
 * @param sentiment its sentiment; {@code null} for another language
 */
public record AnalyzedComment(CommentLanguage language, List<Term> terms, CommentSentiment sentiment) {
    static final AnalyzedComment OTHER = new AnalyzedComment(CommentLanguage.OTHER, List.of(), null);

    public AnalyzedComment {
        terms = List.copyOf(terms);
    }

    public boolean analysed() {
        return language != CommentLanguage.OTHER;
    }
}

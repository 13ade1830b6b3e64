package org.accountsuccess.core;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.accountsuccess.voice.AnalyzedComment;
import org.accountsuccess.voice.CommentAnalyzer;

/**
 * The analyses of the comments of one data version, by comment text: a comment is analysed once
 * per version however many windows and selections ask for it, and the same text written twice
 * once. A new version starts afresh, so comments gone from the host leave memory with it.
 */
final class CommentAnalyses {
    private final long version;
    private final CommentAnalyzer analyzer;
    private final Map<String, AnalyzedComment> byText = new ConcurrentHashMap<>();

    CommentAnalyses(long version, CommentAnalyzer analyzer) {
        this.version = version;
        this.analyzer = analyzer;
    }

    long version() {
        return version;
    }

    AnalyzedComment of(String text) {
        return byText.computeIfAbsent(text, analyzer::analyze);
    }
}

package org.accountsuccess.voice;

import java.util.List;
import java.util.Objects;

import org.accountsuccess.api.topics.CommentLanguage;
import org.accountsuccess.api.topics.CommentSentiment;
import org.accountsuccess.api.topics.SentimentModel;

/**
 * The text pipeline for one comment: Lucene's tokenizer, the language, the candidate terms and
 * the sentiment, from the built-in lexicons or an integrator's {@link SentimentModel}. Thread-safe.
 */
public final class CommentAnalyzer {
    private final Tokenizer tokenizer = new Tokenizer();
    private final LanguageDetector languages;
    private final TermExtractor terms;
    private final LexiconSentiment lexiconSentiment;
    private final SentimentModel model;

    /** The built-in lexicons score the sentiment when {@code model} is {@code null}. */
    public CommentAnalyzer(SentimentModel model) {
        Lexicon german = Lexicon.german();
        Lexicon english = Lexicon.english();
        this.languages = new LanguageDetector(german, english);
        this.terms = new TermExtractor(german, english);
        this.lexiconSentiment = new LexiconSentiment(german, english);
        this.model = model;
    }

    /** The analysis of {@code text}; an empty or blank text, or one in another language, is {@link CommentLanguage#OTHER}. */
    public AnalyzedComment analyze(String text) {
        if (text == null || text.isBlank()) {
            return AnalyzedComment.OTHER;
        }
        List<Token> tokens = tokenizer.tokens(text);
        CommentLanguage language = languages.detect(tokens);
        if (language == CommentLanguage.OTHER) {
            return AnalyzedComment.OTHER;
        }
        CommentSentiment sentiment = model == null ? lexiconSentiment.score(tokens, language)
                : Objects.requireNonNull(model.score(text, language),
                        () -> "the sentiment model " + model.name() + " gave no sentiment for a comment");
        return new AnalyzedComment(language, terms.terms(tokens, language), sentiment);
    }
}

package org.accountsuccess.voice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/** Splits a comment into lower-case {@link Token}s with Lucene's standard tokenizer; thread-safe. */
final class Tokenizer {
    private static final String EMOJI = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.EMOJI];

    private final Analyzer analyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            StandardTokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new LowerCaseFilter(source));
        }
    };

    List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("comment", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            int clause = 0;
            int lastEnd = 0;
            while (stream.incrementToken()) {
                if (breaksClause(text, lastEnd, offset.startOffset())) {
                    clause++;
                }
                lastEnd = offset.endOffset();
                tokens.add(new Token(term.toString(), EMOJI.equals(type.type()), clause));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a comment from a string failed", e);
        }
        return tokens;
    }

    /** Whether the text between two tokens ends a clause. */
    private static boolean breaksClause(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            switch (text.charAt(i)) {
                case '.', ',', ';', ':', '!', '?', '–', '—', '\n' -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }
}

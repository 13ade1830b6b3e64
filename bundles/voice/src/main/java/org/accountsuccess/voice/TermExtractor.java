package org.accountsuccess.voice;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.accountsuccess.api.topics.CommentLanguage;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;

/**
 * The candidate terms of a comment: every content word (at least three letters, not a stop word
 * of Lucene's list for the language or of the project's {@code stopwords-<lang>.txt}) as a unigram,
 * and every two content words next to each other in one clause as a bigram. Words are merged by
 * their stem: Lucene's light German stemmer (inflection, umlauts folded, ß as ss) or its minimal
 * English stemmer (plurals).
 */
final class TermExtractor {
    private static final int MIN_LETTERS = 3;

    private final CharArraySet germanStops = stops(GermanAnalyzer.getDefaultStopSet(), "stopwords-de.txt");
    private final CharArraySet englishStops = stops(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, "stopwords-en.txt");
    private final GermanStem germanStem = new GermanStem();
    private final EnglishMinimalStemmer englishStem = new EnglishMinimalStemmer();
    private final Lexicon german;
    private final Lexicon english;

    TermExtractor(Lexicon german, Lexicon english) {
        this.german = german;
        this.english = english;
    }

    /** Each distinct term of the tokens once, by key, in the order first met. */
    List<Term> terms(List<Token> tokens, CommentLanguage language) {
        boolean isGerman = language == CommentLanguage.GERMAN;
        CharArraySet stops = isGerman ? germanStops : englishStops;
        Lexicon lexicon = isGerman ? german : english;
        Map<String, Term> terms = new LinkedHashMap<>();
        Token previous = null;
        String previousStem = null;
        for (Token token : tokens) {
            String word = token.text();
            if (token.emoji() || !isWord(word) || stops.contains(word)) {
                previous = null;
                continue;
            }
            String stem = isGerman ? germanStem.of(word).replace("ß", "ss") : englishStem(word);
            terms.putIfAbsent(stem, new Term(stem, word, lexicon.valence(word) != 0));
            if (previous != null && previous.clause() == token.clause()) {
                String key = previousStem + " " + stem;
                terms.putIfAbsent(key, new Term(key, previous.text() + " " + word, false));
            }
            previous = token;
            previousStem = stem;
        }
        return List.copyOf(terms.values());
    }

    private String englishStem(String word) {
        char[] chars = word.toCharArray();
        return new String(chars, 0, englishStem.stem(chars, chars.length));
    }

    /** Letters only (a hyphen or apostrophe inside allowed), at least {@value #MIN_LETTERS} of them. */
    private static boolean isWord(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
            } else if (c != '-' && c != '\'' && c != '’') {
                return false;
            }
        }
        return letters >= MIN_LETTERS;
    }

    private static CharArraySet stops(CharArraySet lucene, String resource) {
        CharArraySet set = new CharArraySet(lucene, false);
        try (InputStream in = TermExtractor.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the stop-word resource " + resource + " is missing from the bundle");
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(set::add);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + resource + " failed", e);
        }
        return CharArraySet.unmodifiableSet(set);
    }
}

package org.accountsuccess.voice;

import java.util.List;
import java.util.Set;

import org.accountsuccess.api.topics.CommentLanguage;

/**
 * Tells German from English by counting evidence per token (docs/analytics.md, "Language"):
 * a function word of one language only (articles, pronouns, auxiliaries, prepositions, negations)
 * counts 2 for it; a letter ä, ö, ü or ß counts 2 for German; a word of only one language's
 * sentiment lexicon counts 1 for it. The language with the higher total wins; a tie (also
 * none at all) is {@link CommentLanguage#OTHER}: another language, or too short to tell.
 * Deterministic: the same text always gets the same answer.
 */
final class LanguageDetector {
    private static final Set<String> GERMAN = Set.of("der", "die", "das", "dem", "den", "des", "ein", "eine", "einen",
            "einem", "einer", "und", "oder", "aber", "ist", "sind", "war", "waren", "wird", "werden", "wurde",
            "hat", "haben", "hatte", "ich", "wir", "sie", "uns", "unser", "unsere", "mir", "mich", "ihr", "euch",
            "nicht", "kein", "keine", "keinen", "nie", "nichts", "sehr", "mit", "von", "für", "auf", "bei", "nach",
            "zu", "zum", "zur", "auch", "noch", "schon", "immer", "wenn", "weil", "dass", "wie", "ohne", "seit",
            "leider", "jetzt", "mehr", "viel", "man", "läuft", "kann", "können", "muss", "müssen");
    private static final Set<String> ENGLISH = Set.of("the", "a", "an", "and", "or", "but", "is", "are", "was",
            "were", "be", "been", "has", "have", "had", "will", "would", "i", "we", "you", "they", "our", "us", "my",
            "me", "it", "its", "it's", "not", "no", "never", "nothing", "very", "with", "of", "for", "on", "at",
            "to", "from", "by", "too", "still", "always", "if", "because", "that", "this", "how", "without",
            "since", "what", "which", "can", "can't", "don't", "doesn't", "didn't", "isn't", "just", "really",
            "so", "all", "more", "there", "their", "your");
    private static final int WORD = 2;
    private static final int UMLAUT = 2;
    private static final int LEXICON = 1;

    private final Lexicon german;
    private final Lexicon english;

    LanguageDetector(Lexicon german, Lexicon english) {
        this.german = german;
        this.english = english;
    }

    CommentLanguage detect(List<Token> tokens) {
        int de = 0;
        int en = 0;
        for (Token token : tokens) {
            String word = token.text();
            if (token.emoji()) {
                continue;
            }
            boolean inGerman = GERMAN.contains(word);
            boolean inEnglish = ENGLISH.contains(word);
            if (inGerman != inEnglish) {
                de += inGerman ? WORD : 0;
                en += inEnglish ? WORD : 0;
            }
            if (hasGermanLetter(word)) {
                de += UMLAUT;
            }
            boolean germanWord = german.valence(word) != 0;
            boolean englishWord = english.valence(word) != 0;
            if (germanWord != englishWord) {
                de += germanWord ? LEXICON : 0;
                en += englishWord ? LEXICON : 0;
            }
        }
        return de > en ? CommentLanguage.GERMAN : en > de ? CommentLanguage.ENGLISH : CommentLanguage.OTHER;
    }

    private static boolean hasGermanLetter(String word) {
        for (int i = 0; i < word.length(); i++) {
            switch (word.charAt(i)) {
                case 'ä', 'ö', 'ü', 'ß' -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }
}

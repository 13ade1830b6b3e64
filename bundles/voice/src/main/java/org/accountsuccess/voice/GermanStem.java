package org.accountsuccess.voice;

import org.apache.lucene.analysis.de.GermanLightStemmer;

/** Lucene's light German stemmer on one lower-case word: inflection endings off, umlauts folded. */
final class GermanStem {
    private final GermanLightStemmer stemmer = new GermanLightStemmer();

    String of(String word) {
        char[] chars = word.toCharArray();
        return new String(chars, 0, stemmer.stem(chars, chars.length));
    }
}

package org.accountsuccess.voice;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Words and phrases with a valence from -5 (most negative) to 5, read from a tab-separated
 * resource ({@code entry<TAB>valence}, {@code #} comments). Entries and the words looked up are
 * brought to one form first (lower case; for German, the light stem, which also folds umlauts).
 * For German a word not found may still end in an entry of at least {@value #MIN_HEAD} letters:
 * German compounds carry their meaning in the last part ("Supportkatastrophe" is a "Katastrophe").
 */
final class Lexicon {
    private static final int MIN_HEAD = 5;

    private final Map<String, Integer> entries = new HashMap<>();
    private final UnaryOperator<String> form;
    private final boolean compounds;
    private int longestPhrase = 1;

    private Lexicon(UnaryOperator<String> form, boolean compounds) {
        this.form = form;
        this.compounds = compounds;
    }

    /**
     * AFINN-en-165 (Finn Årup Nielsen, Apache-2.0) with the emoji of {@code emoji.tsv}, and the
     * project's {@code domain-en.tsv} on top: words that name a topic in customer comments
     * ("support") and carry no sentiment there.
     */
    static Lexicon english() {
        Lexicon lexicon = new Lexicon(UnaryOperator.identity(), false);
        lexicon.read("AFINN-en-165.txt");
        lexicon.read("emoji.tsv");
        lexicon.read("domain-en.tsv");
        return lexicon;
    }

    /** The project's own German lexicon (partly translated from AFINN-en-165 entries) with the same emoji. */
    static Lexicon german() {
        GermanStem stem = new GermanStem();
        Lexicon lexicon = new Lexicon(stem::of, true);
        lexicon.read("lexicon-de.tsv");
        lexicon.read("emoji.tsv");
        return lexicon;
    }

    /** The valence of one word, 0 when it has none. */
    int valence(String word) {
        String key = form.apply(word);
        Integer value = entries.get(key);
        if (value != null) {
            return value;
        }
        if (compounds) {
            for (int start = 1; key.length() - start >= MIN_HEAD; start++) {
                value = entries.get(key.substring(start));
                if (value != null) {
                    return value;
                }
            }
        }
        return 0;
    }

    /** The valence of the words as one phrase (joined by single spaces), 0 when it is no entry. */
    int phraseValence(List<Token> words) {
        StringBuilder phrase = new StringBuilder();
        for (Token word : words) {
            phrase.append(phrase.isEmpty() ? "" : " ").append(form.apply(word.text()));
        }
        return entries.getOrDefault(phrase.toString(), 0);
    }

    /** The most words an entry has. */
    int longestPhrase() {
        return longestPhrase;
    }

    private void read(String resource) {
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the lexicon resource " + resource + " is missing from the bundle");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Set<String> keys = new HashSet<>();
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                add(resource, number, line, keys);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the lexicon " + resource + " failed", e);
        }
    }

    /** One entry; a later resource overrides an earlier one (valence 0 removes the entry), a resource never itself. */
    private void add(String resource, int number, String line, Set<String> keys) {
        int tab = line.lastIndexOf('\t');
        if (tab <= 0) {
            throw new IllegalStateException(resource + " line " + number + ": no tab between entry and valence");
        }
        String[] words = line.substring(0, tab).strip().toLowerCase(Locale.ROOT).split(" +");
        StringBuilder key = new StringBuilder();
        for (String word : words) {
            key.append(key.isEmpty() ? "" : " ").append(form.apply(word));
        }
        int valence = Integer.parseInt(line.substring(tab + 1).strip());
        if (!keys.add(key.toString())) {
            throw new IllegalStateException(resource + " line " + number + ": '" + key + "' is there twice"
                    + " (its words have the same form)");
        }
        if (valence == 0) {
            entries.remove(key.toString());
        } else {
            entries.put(key.toString(), valence);
        }
        longestPhrase = Math.max(longestPhrase, words.length);
    }
}

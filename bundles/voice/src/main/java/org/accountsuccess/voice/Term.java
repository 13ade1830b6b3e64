package org.accountsuccess.voice;

/**
 * A key term or phrase of a comment.
 *
 * @param key the merged form: stems joined by a space (variants of case, inflection and umlaut spelling fall together)
 * @param surface the words as written, in lower case
 * @param opinion whether it is one word of the sentiment lexicon ("great", "slow"): an opinion, not a topic
 */
public record Term(String key, String surface, boolean opinion) {
    public boolean isPhrase() {
        return key.indexOf(' ') >= 0;
    }
}

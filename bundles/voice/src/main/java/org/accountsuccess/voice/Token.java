package org.accountsuccess.voice;

/**
 * A word or emoji of a comment, lower case as Lucene's {@code StandardTokenizer} (Unicode word
 * breaks, UAX #29) and {@code LowerCaseFilter} give it.
 *
 * @param text the token in lower case
 * @param emoji whether it is an emoji (or emoji sequence)
 * @param clause the number of the clause it is in: clauses are separated by . , ; : ! ? and dashes,
 *        so a negation never reaches past one
 */
record Token(String text, boolean emoji, int clause) {
}

package org.accountsuccess.api.health;

/**
 * A configured factor left out of a health score because it had no data for the account.
 *
 * @param factor the factor's name
 * @param weight the configured weight that was left out
 * @param reason what was missing, for example "no response in the last 365 days"
 */
public record MissingFactor(String factor, double weight, String reason) {
}

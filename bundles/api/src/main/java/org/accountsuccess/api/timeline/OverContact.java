package org.accountsuccess.api.timeline;

/**
 * The over-contact flag: outbound marketing emails to the account in the recent window.
 *
 * @param marketingEmails marketing emails (outbound or without direction) in the window
 * @param threshold the most that is not over-contact
 * @param windowDays the window, in days up to the as-of date
 * @param flagged true when {@code marketingEmails > threshold}
 */
public record OverContact(int marketingEmails, int threshold, int windowDays, boolean flagged) {
}

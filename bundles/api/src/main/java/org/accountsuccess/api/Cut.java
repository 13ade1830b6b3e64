package org.accountsuccess.api;

/**
 * One group of a figure cut by an {@link AccountDimension}.
 *
 * @param key the group's value of the dimension ({@code "(none)"} where an account has none)
 * @param report the figure over the group's accounts
 * @param <R> the report type
 */
public record Cut<R>(String key, R report) {
    /** The key of the accounts that have no value for the dimension. */
    public static final String NONE = "(none)";
}

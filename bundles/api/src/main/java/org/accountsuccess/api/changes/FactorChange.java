package org.accountsuccess.api.changes;

/**
 * One health factor on two days.
 *
 * @param score the factor's score (0..100) on both days; empty on a day it had no data
 * @param contribution the points it added to the health score on both days (0 on a day without data)
 * @param reasonBefore its reason on {@code from}, or why it had no data
 * @param reasonAfter its reason on {@code to}, or why it had no data
 */
public record FactorChange(String factor, AccountChanges.Change score, AccountChanges.Change contribution,
        String reasonBefore, String reasonAfter) {
}

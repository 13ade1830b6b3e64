package org.accountsuccess.host.spi;

import java.util.Objects;

/**
 * Which survey records to hand over.
 *
 * @param accountId only the records of this account's contacts, or {@code null} for every account
 * @param range only records whose timestamp (answered or sent) lies in this range
 */
public record SurveyQuery(String accountId, TimeRange range) {
    public SurveyQuery {
        Objects.requireNonNull(range, "SurveyQuery: field 'range' is required (use TimeRange.ALL)");
    }

    public static SurveyQuery tenant(TimeRange range) {
        return new SurveyQuery(null, range);
    }

    public static SurveyQuery account(String accountId, TimeRange range) {
        return new SurveyQuery(Objects.requireNonNull(accountId, "SurveyQuery: accountId"), range);
    }
}

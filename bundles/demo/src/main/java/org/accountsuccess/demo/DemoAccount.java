package org.accountsuccess.demo;

import java.time.LocalDate;

/**
 * An account of the demo tenant: what accounts.csv says about it, and the traits that shape the
 * rest of its data.
 *
 * @param domain the web domain of its people's email addresses
 * @param sentiment how its people score now
 * @param trend how that changed over the two years
 * @param engagement how likely its people are to answer a survey, 0..1
 */
record DemoAccount(String id, String name, String owner, String segment, int tier, String industry, String country,
        String parentId, String currency, String domain, Sentiment sentiment, Trend trend, double engagement) {

    /** How an account's sentiment moved: a faller scored one class better a year ago, a climber one worse. */
    enum Trend {
        STEADY, FALLING, CLIMBING
    }

    /** The sentiment the account's people had on {@code day}. */
    Sentiment sentimentOn(LocalDate day) {
        if (!day.isBefore(DemoDataSet.ANCHOR.minusYears(1))) {
            return sentiment;
        }
        return switch (trend) {
            case STEADY -> sentiment;
            case FALLING -> sentiment.better();
            case CLIMBING -> sentiment.worse();
        };
    }
}

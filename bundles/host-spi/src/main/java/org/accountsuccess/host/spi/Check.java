package org.accountsuccess.host.spi;

import java.math.BigDecimal;

/** Invariant checks shared by the records of this package; the messages name record, id and field. */
final class Check {
    private Check() {
    }

    static String id(String record, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(record + ": field 'id' is required");
        }
        return value;
    }

    static <T> T required(String record, String id, String field, T value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            throw new IllegalArgumentException(record + " " + id + ": field '" + field + "' is required");
        }
        return value;
    }

    static int score(String record, String id, int score) {
        if (score < 0 || score > 10) {
            throw new IllegalArgumentException(
                    record + " " + id + ": field 'score' is " + score + ", outside 0..10");
        }
        return score;
    }

    static BigDecimal nonNegative(String record, String id, String field, BigDecimal value) {
        required(record, id, field, value);
        if (value.signum() < 0) {
            throw new IllegalArgumentException(
                    record + " " + id + ": field '" + field + "' is " + value.toPlainString() + ", must be >= 0");
        }
        return value;
    }

    /** Blank optional text is the same as absent text. */
    static String optional(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

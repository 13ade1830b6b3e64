package org.accountsuccess.store.jdbc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

import org.accountsuccess.host.spi.TimeRange;

/** The WHERE clause of a query, built from the parts that apply, with its parameters in order. */
final class Criteria {
    private final List<String> clauses = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    /** Adds {@code clause}, whose one {@code ?} is bound to {@code value}, unless {@code value} is {@code null}. */
    Criteria when(Object value, String clause) {
        if (value != null) {
            clauses.add(clause);
            params.add(value);
        }
        return this;
    }

    /** {@code column IN (?, ...)}, unless {@code values} is empty (no restriction). */
    Criteria in(String column, Collection<?> values) {
        if (!values.isEmpty()) {
            clauses.add(column + " IN (" + String.join(", ", Collections.nCopies(values.size(), "?")) + ")");
            params.addAll(values);
        }
        return this;
    }

    /** {@code from <= column < until}, for the ends the range has. */
    Criteria within(String column, TimeRange range) {
        Instant from = range.from();
        Instant until = range.until();
        return when(from, column + " >= ?").when(until, column + " < ?");
    }

    String where() {
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    List<Object> params() {
        return params;
    }
}

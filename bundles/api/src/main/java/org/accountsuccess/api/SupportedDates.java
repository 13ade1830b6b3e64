package org.accountsuccess.api;

import java.time.LocalDate;

/**
 * The days figures are computed for: wider than any CRM's data, narrow enough that the engine's
 * date arithmetic never overflows. A date parameter outside is refused, naming the parameter.
 */
public final class SupportedDates {
    public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2999, 12, 31);

    private SupportedDates() {
    }

    public static boolean contains(LocalDate day) {
        return !day.isBefore(FIRST) && !day.isAfter(LAST);
    }

    /** Why {@code day}, given as {@code name}, is refused: "{@code name}: {@code day} is outside the years 1900 to 2999 ...". */
    public static String outside(String name, LocalDate day) {
        return name + ": " + day + " is outside the years " + FIRST.getYear() + " to " + LAST.getYear()
                + " that figures are computed for";
    }
}

package org.accountsuccess.console;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.accountsuccess.api.SupportedDates;
import org.accountsuccess.host.spi.DateWindow;

/** Reads option values; anything unusable becomes an {@link InputException} naming the option and the value. */
final class Input {
    private Input() {
    }

    /** The ISO date {@code value} of {@code option}, or {@code fallback} when the option was not given. */
    static LocalDate date(String option, String value, LocalDate fallback) {
        if (value == null) {
            return fallback;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InputException(option + ": '" + value + "' is not a date (expected YYYY-MM-DD)");
        }
        if (!SupportedDates.contains(date)) {
            throw new InputException(SupportedDates.outside(option, date));
        }
        return date;
    }

    /** The month {@code value} (YYYY-MM) of {@code option}, or {@code fallback} when the option was not given. */
    static YearMonth month(String option, String value, YearMonth fallback) {
        if (value == null) {
            return fallback;
        }
        YearMonth month;
        try {
            month = YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InputException(option + ": '" + value + "' is not a month (expected YYYY-MM)");
        }
        if (!SupportedDates.contains(month.atDay(1))) {
            throw new InputException(SupportedDates.outside(option, month.atDay(1)));
        }
        return month;
    }

    /** The ISO date {@code value} of a required {@code option}. */
    static LocalDate date(String option, String value) {
        if (value == null) {
            throw new InputException(option + " is required (YYYY-MM-DD)");
        }
        return date(option, value, null);
    }

    /** The window {@code [from, to]} of the options {@code --from} and {@code --to}; refused when inverted. */
    static DateWindow window(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InputException("--from " + from + " is after --to " + to + ": the window is inverted");
        }
        return new DateWindow(from, to);
    }

    /** The constant of {@code type} named by {@code value}, case-insensitive; {@code fallback} when not given. */
    static <E extends Enum<E>> E choice(String option, String value, Class<E> type, E fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InputException(option + ": '" + value + "' is not one of "
                    + Arrays.stream(type.getEnumConstants()).map(Display::code).collect(Collectors.joining(", ")));
        }
    }

    /** A whole number of at least {@code min}. */
    static int atLeast(String option, String value, int min) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InputException(option + ": '" + value + "' is not a whole number of at least " + min);
    }

    /** A tier, 1..3, or {@code null} when not given. */
    static Integer tier(String option, String value) {
        if (value == null) {
            return null;
        }
        return switch (value.strip()) {
            case "1" -> 1;
            case "2" -> 2;
            case "3" -> 3;
            default -> throw new InputException(option + ": '" + value + "' is not a tier (1, 2 or 3)");
        };
    }

    /** What a service found for the account {@code accountId}; an empty answer means the account is unknown. */
    static <T> T known(Optional<T> found, String accountId) {
        return found.orElseThrow(() -> new InputException("unknown account '" + accountId + "'"));
    }
}

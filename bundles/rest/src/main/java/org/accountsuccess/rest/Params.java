package org.accountsuccess.rest;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.SupportedDates;
import org.accountsuccess.host.spi.DateWindow;
import org.accountsuccess.rest.problem.BadParameterException;

/** Reads query parameters; a bad value fails with a {@link BadParameterException} naming the parameter. */
final class Params {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    private Params() {
    }

    /** An ISO date, or {@code fallback} when absent. */
    static LocalDate date(String name, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadParameterException(name, name + ": '" + value + "' is not a date (expected YYYY-MM-DD)");
        }
        if (!SupportedDates.contains(date)) {
            throw new BadParameterException(name, SupportedDates.outside(name, date));
        }
        return date;
    }

    /** A month {@code YYYY-MM}, or {@code fallback} when absent. */
    static YearMonth month(String name, String value, YearMonth fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        YearMonth month;
        try {
            month = YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadParameterException(name, name + ": '" + value + "' is not a month (expected YYYY-MM)");
        }
        if (!SupportedDates.contains(month.atDay(1))) {
            throw new BadParameterException(name, SupportedDates.outside(name, month.atDay(1)));
        }
        return month;
    }

    /**
     * The window {@code [from, to]}: {@code to} defaults to {@code today}, {@code from} to a year
     * before {@code to} (the 365 days that end on it).
     */
    static DateWindow window(String from, String to, LocalDate today) {
        LocalDate last = date("to", to, today);
        LocalDate first = date("from", from, last.minusYears(1).plusDays(1));
        if (last.isBefore(first)) {
            throw new BadParameterException("from", "from " + first + " is after to " + last + ": the window is inverted");
        }
        return new DateWindow(first, last);
    }

    /** One of an enum's values, written in lower case; {@code fallback} when absent. */
    static <E extends Enum<E>> E choice(String name, String value, Class<E> type, E fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadParameterException(name, name + ": '" + value + "' is not one of " + names(type));
        }
    }

    /** Several values of an enum, comma-separated or the parameter repeated; empty when absent. */
    static <E extends Enum<E>> Set<E> choices(String name, List<String> values, Class<E> type) {
        Set<E> chosen = EnumSet.noneOf(type);
        if (values != null) {
            values.stream().flatMap(v -> Arrays.stream(v.split(","))).filter(v -> !v.isBlank())
                    .forEach(v -> chosen.add(choice(name, v, type, null)));
        }
        return chosen;
    }

    static String names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }

    /** The accounts of a segment, tier and owner (each optional), before the caller's scope narrows them. */
    static AccountFilter accounts(String segment, String tier, String owner) {
        return new AccountFilter(null, text(segment), tier(tier), text(owner));
    }

    /** The longest topic key accepted (keys are one or two stems, as {@code GET /topics} gives them). */
    static final int MAX_TOPIC = 200;

    /** A topic key, stripped; {@code null} when absent or blank. */
    static String topic(String name, String value) {
        String key = text(value);
        if (key != null && key.length() > MAX_TOPIC) {
            throw new BadParameterException(name, name + ": a topic key has at most " + MAX_TOPIC + " characters");
        }
        return key;
    }

    /** A stripped text, or {@code null} when absent or blank. */
    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** {@code true} or {@code false}; false when absent. */
    static boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new BadParameterException(name, name + ": '" + value + "' is not true or false");
        };
    }

    /** A share above 0 and at most 1, such as 0.8; empty when absent. */
    static OptionalDouble share(String name, String value) {
        if (value == null || value.isBlank()) {
            return OptionalDouble.empty();
        }
        try {
            double share = Double.parseDouble(value.strip());
            if (share > 0 && share <= 1) {
                return OptionalDouble.of(share);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadParameterException(name, name + ": '" + value + "' is not a number above 0 and at most 1");
    }

    /** A tier 1, 2 or 3, or {@code null} when absent. */
    static Integer tier(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int tier = integer("tier", value);
        if (tier < 1 || tier > 3) {
            throw new BadParameterException("tier", "tier: '" + value + "' is not 1, 2 or 3");
        }
        return tier;
    }

    static int offset(String value) {
        int offset = value == null || value.isBlank() ? 0 : integer("offset", value);
        if (offset < 0) {
            throw new BadParameterException("offset", "offset: " + offset + " is negative");
        }
        return offset;
    }

    static int limit(String value) {
        int limit = value == null || value.isBlank() ? DEFAULT_LIMIT : integer("limit", value);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadParameterException("limit", "limit: " + limit + " is not from 1 to " + MAX_LIMIT);
        }
        return limit;
    }

    /** A whole number from {@code min} to {@code max}; {@code fallback} when absent. */
    static int range(String name, String value, int fallback, int min, int max) {
        int n = value == null || value.isBlank() ? fallback : integer(name, value);
        if (n < min || n > max) {
            throw new BadParameterException(name, name + ": " + n + " is not from " + min + " to " + max);
        }
        return n;
    }

    private static int integer(String name, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new BadParameterException(name, name + ": '" + value + "' is not a whole number");
        }
    }
}

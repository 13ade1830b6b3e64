package org.accountsuccess.store.dataset;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.accountsuccess.host.spi.Activity;
import org.accountsuccess.host.spi.ActivityType;
import org.accountsuccess.host.spi.Role;
import org.accountsuccess.store.jdbc.DriverList;
import org.accountsuccess.store.jdbc.SqlValue;

/**
 * How the text of a column is read and checked (the rules of data-format.md), how the value is
 * stored, and how it is written back on export. A value that breaks a rule is refused with an
 * {@link IllegalArgumentException} whose message says what is wrong.
 */
enum ColumnType {
    /** An id or a short text, at most 255 characters. */
    TEXT(SqlValue.TEXT, text -> text(text, 255)),
    /** Free text (comments, subjects), at most 10,000 characters. */
    LONG_TEXT(SqlValue.TEXT, text -> text(text, 10_000)),
    /** {@code YYYY-MM-DD}. */
    DATE(SqlValue.DATE, ColumnType::date),
    /** ISO-8601 with an offset or {@code Z}; a bare date is midnight UTC. Kept to the microsecond. */
    TIMESTAMP(SqlValue.TIMESTAMP, ColumnType::timestamp),
    /** {@code YYYY-MM}, stored as the first day of the month. */
    MONTH(SqlValue.DATE, ColumnType::month),
    /** A decimal with a dot, any sign. */
    MONEY(SqlValue.DECIMAL, text -> decimal(text, 18, 6)),
    /** A decimal with a dot, {@code >= 0}. */
    NON_NEGATIVE_MONEY(SqlValue.DECIMAL, ColumnType::nonNegativeMoney),
    /** An exchange rate, {@code > 0}. */
    RATE(SqlValue.DECIMAL, ColumnType::rate),
    /** {@code true} or {@code false}. */
    BOOLEAN(SqlValue.BOOLEAN, ColumnType::bool),
    /** An integer 0..10. */
    SCORE(SqlValue.INTEGER, text -> integer(text, 0, 10)),
    /** 1, 2 or 3. */
    TIER(SqlValue.INTEGER, text -> integer(text, 1, 3)),
    /** Three capital letters, as in ISO 4217. */
    CURRENCY(SqlValue.TEXT, ColumnType::currency),
    ROLE(SqlValue.TEXT, oneOf(codes(Role.values(), false))),
    ACTIVITY_TYPE(SqlValue.TEXT, oneOf(codes(ActivityType.values(), true))),
    DIRECTION(SqlValue.TEXT, oneOf(codes(Activity.Direction.values(), true))),
    STATUS(SqlValue.TEXT, oneOf(codes(Activity.Status.values(), true))),
    SEVERITY(SqlValue.TEXT, oneOf(codes(Activity.Severity.values(), true))),
    /** Semicolon-separated driver tags, each optionally prefixed {@code +} or {@code -}. */
    DRIVERS(SqlValue.TEXT, ColumnType::drivers),
    /** Semicolon-separated user roles. */
    USER_ROLES(SqlValue.TEXT, ColumnType::userRoles);

    private static final Function<String, Object> USER_ROLE = oneOf(List.of("admin", "manager", "rep", "hr"));
    private static final Pattern DATE_FORM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH_FORM = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DECIMAL_FORM = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern INTEGER_FORM = Pattern.compile("\\d{1,9}");
    private static final Pattern CURRENCY_FORM = Pattern.compile("[A-Z]{3}");

    private final SqlValue sql;
    private final Function<String, Object> parser;

    ColumnType(SqlValue sql, Function<String, Object> parser) {
        this.sql = sql;
        this.parser = parser;
    }

    SqlValue sql() {
        return sql;
    }

    /** The value of non-blank {@code text}; throws naming the rule it breaks. */
    Object parse(String text) {
        return parser.apply(text);
    }

    /** The file form of a stored value; the empty string for {@code null}. */
    String format(Object value) {
        if (value == null) {
            return "";
        }
        return switch (this) {
            case MONTH -> YearMonth.from((LocalDate) value).toString();
            case MONEY, NON_NEGATIVE_MONEY, RATE -> ((BigDecimal) value).toPlainString();
            default -> value.toString();
        };
    }

    private static String text(String text, int maxLength) {
        if (text.length() > maxLength) {
            throw new IllegalArgumentException("is " + text.length() + " characters long, at most " + maxLength
                    + " are allowed");
        }
        if (text.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("contains a NUL character");
        }
        return text;
    }

    private static LocalDate date(String text) {
        if (!DATE_FORM.matcher(text).matches()) {
            throw new IllegalArgumentException("is not a date of the form YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("is not a calendar date");
        }
    }

    private static Instant timestamp(String text) {
        if (DATE_FORM.matcher(text).matches()) {
            return date(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant()
                    .truncatedTo(ChronoUnit.MICROS);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("is not an ISO-8601 timestamp with an offset or Z"
                    + " (such as 2026-03-01T09:30:00Z) nor a date YYYY-MM-DD");
        }
    }

    private static LocalDate month(String text) {
        if (!MONTH_FORM.matcher(text).matches()) {
            throw new IllegalArgumentException("is not a month of the form YYYY-MM");
        }
        try {
            return YearMonth.parse(text).atDay(1);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("is not a calendar month");
        }
    }

    private static BigDecimal decimal(String text, int integerDigits, int fractionDigits) {
        if (!DECIMAL_FORM.matcher(text).matches()) {
            throw new IllegalArgumentException("is not a decimal number with a dot and no thousands separator"
                    + " (such as 1234.50)");
        }
        BigDecimal value = SqlValue.normalized(new BigDecimal(text));
        if (value.scale() > fractionDigits) {
            throw new IllegalArgumentException("has more than " + fractionDigits + " decimal places");
        }
        if (value.precision() - value.scale() > integerDigits) {
            throw new IllegalArgumentException("has more than " + integerDigits + " digits before the decimal point");
        }
        return value;
    }

    private static BigDecimal nonNegativeMoney(String text) {
        BigDecimal value = decimal(text, 18, 6);
        if (value.signum() < 0) {
            throw new IllegalArgumentException("is negative, must be >= 0");
        }
        return value;
    }

    private static BigDecimal rate(String text) {
        BigDecimal value = decimal(text, 12, 12);
        if (value.signum() <= 0) {
            throw new IllegalArgumentException("must be > 0");
        }
        return value;
    }

    private static Boolean bool(String text) {
        return switch (text) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("is not true or false");
        };
    }

    private static Integer integer(String text, int min, int max) {
        int value = INTEGER_FORM.matcher(text).matches() ? Integer.parseInt(text) : -1;
        if (value < min || value > max) {
            throw new IllegalArgumentException("is not an integer from " + min + " to " + max);
        }
        return value;
    }

    private static String currency(String text) {
        if (!CURRENCY_FORM.matcher(text).matches()) {
            throw new IllegalArgumentException("is not an ISO 4217 currency code (three capital letters, such as EUR)");
        }
        return text;
    }

    private static Function<String, Object> oneOf(List<String> allowed) {
        return text -> {
            if (!allowed.contains(text)) {
                throw new IllegalArgumentException("is not one of " + String.join(", ", allowed));
            }
            return text;
        };
    }

    /** The file form of enum constants: their names, in lower case where the file uses it. */
    private static List<String> codes(Enum<?>[] values, boolean lowerCase) {
        return Arrays.stream(values).map(v -> lowerCase ? v.name().toLowerCase(Locale.ROOT) : v.name()).toList();
    }

    private static String drivers(String text) {
        return text(DriverList.format(DriverList.parse(text)), 10_000);
    }

    private static String userRoles(String text) {
        List<String> roles = new ArrayList<>();
        for (String role : text.split(";", -1)) {
            roles.add((String) USER_ROLE.apply(role.strip()));
        }
        return String.join(";", roles);
    }
}

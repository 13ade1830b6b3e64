package org.accountsuccess.host.spi;

import java.util.Objects;

/**
 * A reason a respondent gave, such as {@code -communication skills}.
 *
 * @param name the driver, without its polarity sign
 * @param polarity whether the respondent named it as a strength or a weakness
 */
public record DriverTag(String name, Polarity polarity) {
    /** Whether a driver was named as a strength ({@code +}), a weakness ({@code -}) or neither. */
    public enum Polarity {
        POSITIVE, NEGATIVE, NEUTRAL
    }

    public DriverTag {
        Objects.requireNonNull(polarity, "DriverTag: field 'polarity' is required");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("DriverTag: field 'name' is required");
        }
        name = name.strip();
    }

    /** Reads one tag of the file form: {@code +name}, {@code -name} or {@code name}. */
    public static DriverTag parse(String text) {
        String t = text.strip();
        if (t.startsWith("+")) {
            return new DriverTag(t.substring(1), Polarity.POSITIVE);
        }
        if (t.startsWith("-")) {
            return new DriverTag(t.substring(1), Polarity.NEGATIVE);
        }
        return new DriverTag(t, Polarity.NEUTRAL);
    }

    /** The file form of this tag. */
    @Override
    public String toString() {
        return switch (polarity) {
            case POSITIVE -> "+" + name;
            case NEGATIVE -> "-" + name;
            case NEUTRAL -> name;
        };
    }
}

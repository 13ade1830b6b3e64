package org.accountsuccess.store.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.accountsuccess.host.spi.DriverTag;

/**
 * The drivers of a survey response in their file and column form: semicolon-separated tags, each
 * optionally prefixed {@code +} or {@code -}, such as {@code +price;-support}.
 */
public final class DriverList {
    private DriverList() {
    }

    /**
     * Reads the tags of {@code text}; empty for {@code null}.
     *
     * @throws IllegalArgumentException naming the position of an empty tag
     */
    public static List<DriverTag> parse(String text) {
        if (text == null) {
            return List.of();
        }
        List<DriverTag> tags = new ArrayList<>();
        String[] parts = text.split(";", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            if (part.isEmpty() || part.equals("+") || part.equals("-")) {
                throw new IllegalArgumentException("tag " + (i + 1) + " of " + parts.length + " is empty");
            }
            tags.add(DriverTag.parse(part));
        }
        return tags;
    }

    /** The canonical form of {@code tags}: {@code +name}, {@code -name} or {@code name}, joined by {@code ;}. */
    public static String format(List<DriverTag> tags) {
        return tags.stream().map(DriverTag::toString).collect(Collectors.joining(";"));
    }
}

package org.accountsuccess.tryton.rpc;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Tryton's JSON-RPC form of the values JSON has no type for: {@code {"__class__": "date", "year":
 * ..., "month": ..., "day": ...}}, {@code "datetime"} (naive, in UTC, as Tryton stores it) and
 * {@code {"__class__": "Decimal", "decimal": "12.50"}}. An empty value is {@code null} (or
 * {@code false} for some fields).
 */
public final class TrytonValues {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TrytonValues() {
    }

    public static boolean absent(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode() || (value.isBoolean() && !value.asBoolean());
    }

    public static LocalDate date(JsonNode value) {
        if (absent(value)) {
            return null;
        }
        expect(value, "date");
        return LocalDate.of(value.get("year").asInt(), value.get("month").asInt(), value.get("day").asInt());
    }

    public static Instant datetime(JsonNode value) {
        if (absent(value)) {
            return null;
        }
        expect(value, "datetime");
        return LocalDateTime.of(value.get("year").asInt(), value.get("month").asInt(), value.get("day").asInt(),
                value.get("hour").asInt(), value.get("minute").asInt(), value.get("second").asInt(),
                value.path("microsecond").asInt() * 1000).toInstant(ZoneOffset.UTC);
    }

    /** A Decimal, or a plain JSON number (Tryton's float fields such as quantities). */
    public static BigDecimal decimal(JsonNode value) {
        if (absent(value)) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        expect(value, "Decimal");
        return new BigDecimal(value.get("decimal").asText());
    }

    /** Text, or {@code null} when empty. */
    public static String text(JsonNode value) {
        if (absent(value)) {
            return null;
        }
        String text = value.asText();
        return text.isBlank() ? null : text;
    }

    public static ObjectNode date(LocalDate day) {
        return NODES.objectNode().put("__class__", "date").put("year", day.getYear())
                .put("month", day.getMonthValue()).put("day", day.getDayOfMonth());
    }

    public static ObjectNode decimal(BigDecimal amount) {
        return NODES.objectNode().put("__class__", "Decimal").put("decimal", amount.toPlainString());
    }

    private static void expect(JsonNode value, String type) {
        if (!type.equals(value.path("__class__").asText())) {
            throw new TrytonException("expected a " + type + " from Tryton, got " + value);
        }
    }
}

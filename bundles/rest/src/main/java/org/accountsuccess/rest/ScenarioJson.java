package org.accountsuccess.rest;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.accountsuccess.api.LoyaltyClass;
import org.accountsuccess.api.simulation.ClassMove;
import org.accountsuccess.api.simulation.InvalidScenarioException;
import org.accountsuccess.api.simulation.Scenario;
import org.accountsuccess.rest.problem.BadParameterException;

/**
 * Reads a scenario body field by field, so every mistake is a {@link BadParameterException}
 * naming the field: {@code asOf}, {@code moves}, {@code moves[1].share}, or {@code body} when the
 * text is not a JSON object (or larger than {@value JsonBody#MAX_BYTES} bytes).
 */
final class ScenarioJson {
    private static final Set<String> FIELDS = Set.of("asOf", "moves");
    private static final Set<String> MOVE_FIELDS = Set.of("from", "to", "share");

    private ScenarioJson() {
    }

    static Scenario read(InputStream body) throws IOException {
        JsonNode root = JsonBody.object(body, FIELDS, "asOf and moves");
        LocalDate asOf = date(root.get("asOf"));
        JsonNode moves = root.get("moves");
        List<ClassMove> read = new ArrayList<>();
        if (moves != null && !moves.isNull()) {
            if (!moves.isArray()) {
                throw new BadParameterException("moves", "moves: expected an array of {from, to, share}");
            }
            for (int i = 0; i < moves.size(); i++) {
                read.add(move(moves.get(i), "moves[" + i + "]"));
            }
        }
        try {
            return new Scenario(asOf, read);
        } catch (InvalidScenarioException e) {
            throw new BadParameterException(e.field(), e.getMessage());
        }
    }

    private static LocalDate date(JsonNode node) {
        if (node == null || node.isNull()) {
            throw new BadParameterException("asOf", "asOf: is required (YYYY-MM-DD)");
        }
        try {
            if (node.isTextual()) {
                return LocalDate.parse(node.asText().strip());
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new BadParameterException("asOf", "asOf: " + node + " is not a date (expected \"YYYY-MM-DD\")");
    }

    private static ClassMove move(JsonNode node, String at) {
        if (!node.isObject()) {
            throw new BadParameterException(at, at + ": expected an object {from, to, share}");
        }
        JsonBody.unknownFields(node, MOVE_FIELDS, at + ".");
        JsonNode share = node.get("share");
        if (share == null || !share.isNumber()) {
            throw new BadParameterException(at + ".share", at + ".share: " + share + " is not a number from 0 to 1");
        }
        return new ClassMove(loyaltyClass(node.get("from"), at + ".from"), loyaltyClass(node.get("to"), at + ".to"),
                share.asDouble());
    }

    private static LoyaltyClass loyaltyClass(JsonNode node, String field) {
        if (node != null && node.isTextual()) {
            try {
                return LoyaltyClass.valueOf(node.asText().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                // reported below
            }
        }
        throw new BadParameterException(field, field + ": " + node + " is not one of "
                + Params.names(LoyaltyClass.class));
    }
}

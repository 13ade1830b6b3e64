package org.accountsuccess.rest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Set;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.accountsuccess.json.RecordJson;
import org.accountsuccess.rest.problem.BadParameterException;

/**
 * A request body that must be one JSON object of known fields: every mistake is a
 * {@link BadParameterException} naming {@code body} or the field.
 */
public final class JsonBody {
    /** The largest body read. */
    public static final int MAX_BYTES = 64 * 1024;
    private static final ObjectMapper MAPPER = RecordJson.builder().build();

    private JsonBody() {
    }

    /**
     * The body as a JSON object with no fields but {@code known}.
     *
     * @param expected what the object holds, for the message ("asOf and moves")
     */
    public static JsonNode object(InputStream body, Set<String> known, String expected) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new BadParameterException("body", "body: larger than " + MAX_BYTES + " bytes");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (JacksonException e) {
            throw new BadParameterException("body", "body: not JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new BadParameterException("body", "body: expected a JSON object with " + expected);
        }
        unknownFields(root, known, "");
        return root;
    }

    /** Refuses a field of {@code node} not in {@code known}, named with {@code prefix}. */
    public static void unknownFields(JsonNode node, Set<String> known, String prefix) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new BadParameterException(prefix + name, prefix + name + ": unknown field (expected "
                        + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }
}

package org.accountsuccess.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.accountsuccess.json.RecordJson;

/** The JSON mapper of the console: the shared {@link RecordJson} form, indented for reading. */
final class ConsoleJson {
    private static final ObjectMapper MAPPER = RecordJson.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private ConsoleJson() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}

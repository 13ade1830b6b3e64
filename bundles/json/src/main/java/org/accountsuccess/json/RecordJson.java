package org.accountsuccess.json;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON form of the api records, shared by the console ({@code --json}) and the REST API:
 * records as they are, dates and instants in ISO form, an empty {@code Optional}/{@code
 * OptionalDouble} as {@code null}, money as plain decimals. Each user adds its own presentation
 * (indentation, enum case) to the builder.
 */
public final class RecordJson {
    private RecordJson() {
    }

    /** A mapper builder with the shared settings. */
    public static JsonMapper.Builder builder() {
        return JsonMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN);
    }
}

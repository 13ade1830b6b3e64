package org.accountsuccess.rest.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.StreamingOutput;
import javax.ws.rs.ext.MessageBodyWriter;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.EnumFeature;

import org.accountsuccess.json.RecordJson;
import org.accountsuccess.rest.RestApplication;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsMediaType;

/**
 * The one JSON provider of the application, on the project's Jackson (not the 2.14 that
 * aries-jax-rs-whiteboard-jackson pins): the shared {@link RecordJson} form, with enum values in
 * lower case (as the query parameters take them). Writes {@code application/json} and
 * {@code application/problem+json}.
 */
@Component(service = MessageBodyWriter.class)
@JaxrsExtension
@JaxrsMediaType(MediaType.APPLICATION_JSON)
@JaxrsApplicationSelect(RestApplication.SELECT)
@Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
public class RecordJsonWriter implements MessageBodyWriter<Object> {
    static final ObjectMapper MAPPER = RecordJson.builder()
            .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
            .build();

    /** The JSON text of {@code value} as this provider writes it. */
    public static String write(Object value) throws IOException {
        return MAPPER.writeValueAsString(value);
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        boolean json = mediaType.getSubtype().equals("json") || mediaType.getSubtype().endsWith("+json");
        return json && !CharSequence.class.isAssignableFrom(type) && type != byte[].class
                && !InputStream.class.isAssignableFrom(type) && !StreamingOutput.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        MAPPER.writeValue(out, value);
    }
}

package org.accountsuccess.webhooks;

import java.lang.reflect.Array;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.accountsuccess.api.event.AccountSuccessEvents;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;

/**
 * The JSON body of one event: {@code {"id","topic","occurredAt","data":{...}}}, where {@code id} is
 * the event's {@code eventId}, {@code occurredAt} its {@code occurredAt} (or when it was received)
 * and {@code data} every property of the event but {@code event.topics}, by name, whose value is a
 * string, number or boolean or an array or collection of them. Other values (such as the JAAS
 * subject Karaf's {@code event:send} adds) are left out: they have no JSON form and may say more
 * than an outside system should know.
 *
 * @param eventId the event's stable id (a random one when the event carries none)
 * @param topic the event's topic
 * @param json the body, exactly as sent and signed
 */
record EventBody(String eventId, String topic, String json) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static EventBody of(Event event, Instant received) {
        Map<String, Object> data = new TreeMap<>();
        for (String name : event.getPropertyNames()) {
            Object value = event.getProperty(name);
            if (!name.equals(EventConstants.EVENT_TOPIC) && plain(value)) {
                data.put(name, jsonValue(value));
            }
        }
        String eventId = data.get(AccountSuccessEvents.EVENT_ID) instanceof String id && !id.isBlank() ? id
                : "generated:" + UUID.randomUUID();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", eventId);
        body.put("topic", event.getTopic());
        body.put("occurredAt", occurredAt(data.get(AccountSuccessEvents.OCCURRED_AT), received).toString());
        body.put("data", data);
        try {
            return new EventBody(eventId, event.getTopic(), JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + eventId + " cannot be written as JSON", e);
        }
    }

    private static Instant occurredAt(Object value, Instant received) {
        if (value instanceof String text) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                return received;
            }
        }
        return received;
    }

    private static boolean plain(Object value) {
        if (value instanceof Collection<?> values) {
            return values.stream().allMatch(EventBody::plain);
        }
        if (value != null && value.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(value); i++) {
                if (!plain(Array.get(value, i))) {
                    return false;
                }
            }
            return true;
        }
        return value instanceof String || value instanceof Number || value instanceof Boolean;
    }

    /** Strings, numbers and booleans as they are, arrays and collections of them as lists. */
    private static Object jsonValue(Object value) {
        if (value instanceof Collection<?> values) {
            return values.stream().map(EventBody::jsonValue).toList();
        }
        if (value.getClass().isArray()) {
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                values.add(jsonValue(Array.get(value, i)));
            }
            return values;
        }
        return value;
    }
}

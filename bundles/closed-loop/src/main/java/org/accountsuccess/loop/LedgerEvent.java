package org.accountsuccess.loop;

import java.util.Map;
import java.util.Objects;

/**
 * An event the ledger holds until it is posted.
 *
 * @param eventId the stable id of the fact, also in {@code properties}
 * @param topic the Event Admin topic
 * @param properties String, Integer or Double values by property name
 */
record LedgerEvent(String eventId, String topic, Map<String, Object> properties) {
    LedgerEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(topic, "topic");
        properties = Map.copyOf(properties);
    }
}

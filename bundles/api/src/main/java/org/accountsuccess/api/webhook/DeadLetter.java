package org.accountsuccess.api.webhook;

import java.time.Instant;

/**
 * A delivery given up on: its endpoint answered 4xx (other than 408 and 429), failed every
 * attempt, or was removed from the configuration while it was pending.
 *
 * @param deliveryId the delivery's id, sent as {@code X-AccountSuccess-Delivery}, kept on replay
 * @param endpoint the endpoint's name
 * @param topic the event's Event Admin topic
 * @param eventId the event's id ({@code eventId}), the {@code id} of the JSON body
 * @param attempts how many times it was sent
 * @param createdAt when the event was put in the outbox
 * @param lastAttemptAt when it was last sent; {@code null} when it never was
 * @param reason why it was given up on, for example {@code HTTP 500 after 6 attempts: ...}
 */
public record DeadLetter(String deliveryId, String endpoint, String topic, String eventId, int attempts,
        Instant createdAt, Instant lastAttemptAt, String reason) {
}

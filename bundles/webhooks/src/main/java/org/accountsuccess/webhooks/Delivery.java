package org.accountsuccess.webhooks;

import java.time.Instant;

/**
 * One event on its way to one endpoint.
 *
 * @param id the delivery id ({@code X-AccountSuccess-Delivery}), the same on every attempt and replay
 * @param endpoint the endpoint's name
 * @param body the event's JSON
 * @param attempts how many times it was sent so far
 * @param createdAt when it was put in the outbox
 * @param due when it is to be sent next
 */
record Delivery(String id, String endpoint, EventBody body, int attempts, Instant createdAt, Instant due) {
}

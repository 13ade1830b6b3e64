package org.accountsuccess.api.webhook;

import java.util.List;

/**
 * One webhook endpoint and its deliveries. The secret is never part of it.
 *
 * @param name the endpoint's name, from its configuration file {@code etc/org.accountsuccess.webhook-<name>.cfg}
 * @param url where events are posted; {@code null} when the endpoint is no longer configured
 * @param topics the Event Admin topics it receives ({@code org/accountsuccess/*} for all); empty
 *        when no longer configured
 * @param configured whether a configuration for this name is active
 * @param pending deliveries waiting for their first or next attempt
 * @param delivered deliveries answered 2xx that are still kept (see the retention in the docs)
 * @param dead deliveries given up on (dead letters)
 */
public record WebhookEndpoint(String name, String url, List<String> topics, boolean configured, long pending,
        long delivered, long dead) {
    public WebhookEndpoint {
        topics = List.copyOf(topics);
    }
}

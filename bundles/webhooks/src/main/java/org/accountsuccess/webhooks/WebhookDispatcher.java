package org.accountsuccess.webhooks;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.accountsuccess.api.webhook.DeadLetter;
import org.accountsuccess.api.webhook.WebhookEndpoint;
import org.accountsuccess.api.webhook.WebhookService;
import org.accountsuccess.database.lease.LeaderLease;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outgoing webhooks: takes every Account Success event from Event Admin, puts one delivery per
 * configured endpoint that receives its topic in the outbox before returning, and has the
 * {@link DeliveryWorker} send them. Answers the admin's questions ({@link WebhookService}).
 * An event posted while no endpoint receives its topic is not kept. On several nodes sharing the
 * database, every node puts the events it sees in the one outbox (an event id once per endpoint),
 * and the node holding the {@link LeaderLease} sends them: configure the same endpoints on every node.
 */
@Component(service = {EventHandler.class, WebhookService.class}, configurationPid = WebhooksConfiguration.PID,
        property = EventConstants.EVENT_TOPIC + "=" + WebhookDispatcher.TOPICS)
@Designate(ocd = WebhooksConfiguration.class)
public class WebhookDispatcher implements EventHandler, WebhookService {
    static final String TOPICS = "org/accountsuccess/*";
    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final Outbox outbox;
    private final Clock clock;
    private final DeliveryWorker worker;

    @Activate
    public WebhookDispatcher(@Reference OutboxComponent outbox, @Reference LeaderLease lease,
            WebhooksConfiguration config) {
        this(outbox.outbox(), lease, Clock.systemUTC(), config);
    }

    WebhookDispatcher(Outbox outbox, LeaderLease lease, Clock clock, WebhooksConfiguration config) {
        if (config.delivery_threads() < 1 || config.delivered_retention_days() < 0) {
            String message = WebhooksConfiguration.PID + ": delivery.threads must be at least 1 (is "
                    + config.delivery_threads() + ") and delivered.retention.days at least 0 (is "
                    + config.delivered_retention_days() + ")";
            LOG.error(message);
            throw new IllegalArgumentException(message);
        }
        this.outbox = outbox;
        this.clock = clock;
        this.worker = new DeliveryWorker(outbox, lease, clock, config.delivery_threads(),
                Duration.ofDays(config.delivered_retention_days()));
        worker.wake();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addEndpoint(EndpointComponent endpoint) {
        add(endpoint.endpoint());
    }

    void removeEndpoint(EndpointComponent endpoint) {
        remove(endpoint.endpoint());
    }

    void add(Endpoint endpoint) {
        worker.add(endpoint);
    }

    void remove(Endpoint endpoint) {
        worker.remove(endpoint);
    }

    @Deactivate
    void close() {
        worker.close();
    }

    @Override
    public void handleEvent(Event event) {
        List<Endpoint> receivers = worker.endpoints().stream().filter(e -> e.receives(event.getTopic())).toList();
        if (receivers.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        EventBody body = EventBody.of(event, now);
        List<Delivery> deliveries = receivers.stream()
                .map(e -> new Delivery(UUID.randomUUID().toString(), e.name(), body, 0, now, now)).toList();
        try {
            outbox.add(deliveries);
        } catch (SQLException e) {
            LOG.error("event {} ({}) could not be put in the webhook outbox, so it is not sent", body.eventId(),
                    body.topic(), e);
            return;
        }
        worker.wake();
    }

    @Override
    public List<WebhookEndpoint> endpoints() {
        Map<String, Outbox.Counts> counts = read(outbox::counts);
        Map<String, WebhookEndpoint> endpoints = new TreeMap<>();
        Outbox.Counts none = new Outbox.Counts(0, 0, 0);
        for (Endpoint e : worker.endpoints()) {
            Outbox.Counts n = counts.getOrDefault(e.name(), none);
            endpoints.put(e.name(), new WebhookEndpoint(e.name(), e.url().toString(), e.topics(), true, n.pending(),
                    n.delivered(), n.dead()));
        }
        counts.forEach((name, n) -> endpoints.putIfAbsent(name,
                new WebhookEndpoint(name, null, List.of(), false, n.pending(), n.delivered(), n.dead())));
        return List.copyOf(endpoints.values());
    }

    @Override
    public List<DeadLetter> deadLetters() {
        return read(outbox::deadLetters);
    }

    @Override
    public Optional<DeadLetter> replay(String deliveryId) {
        Optional<DeadLetter> letter = deadLetters().stream().filter(d -> d.deliveryId().equals(deliveryId)).findFirst();
        if (letter.isEmpty()) {
            return letter;
        }
        String endpoint = letter.get().endpoint();
        if (worker.endpoint(endpoint).isEmpty()) {
            throw new IllegalStateException("dead letter " + deliveryId + " is for the endpoint '" + endpoint
                    + "', which is not configured: configure it first (etc/" + EndpointConfiguration.FACTORY_PID + "-"
                    + endpoint + ".cfg)");
        }
        boolean replayed = read(() -> outbox.replay(deliveryId, clock.instant()));
        worker.wake();
        return replayed ? letter : Optional.empty();
    }

    @Override
    public List<DeadLetter> replayAll() {
        List<DeadLetter> replayed = new ArrayList<>();
        for (DeadLetter letter : deadLetters()) {
            if (worker.endpoint(letter.endpoint()).isPresent()
                    && read(() -> outbox.replay(letter.deliveryId(), clock.instant()))) {
                replayed.add(letter);
            }
        }
        worker.wake();
        return replayed;
    }

    private interface Query<T> {
        T run() throws SQLException;
    }

    private static <T> T read(Query<T> query) {
        try {
            return query.run();
        } catch (SQLException e) {
            throw new IllegalStateException("the webhook outbox cannot be read: " + e.getMessage(), e);
        }
    }
}

package org.accountsuccess.loop;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.health.HealthBacktest;
import org.accountsuccess.api.health.HealthBand;
import org.accountsuccess.api.health.HealthScore;
import org.accountsuccess.api.health.HealthService;
import org.accountsuccess.core.HostBinding;
import org.accountsuccess.core.RenewalComponent;
import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.AccountDirectory;
import org.accountsuccess.host.spi.Activity;
import org.accountsuccess.host.spi.ActivityLog;
import org.accountsuccess.host.spi.ActivityQuery;
import org.accountsuccess.host.spi.ActivityType;
import org.accountsuccess.host.spi.Contact;
import org.accountsuccess.host.spi.Contract;
import org.accountsuccess.host.spi.ContractBook;
import org.accountsuccess.host.spi.ContractQuery;
import org.accountsuccess.host.spi.FollowUp;
import org.accountsuccess.host.spi.FollowUpChange;
import org.accountsuccess.host.spi.FollowUpSink;
import org.accountsuccess.host.spi.FollowUpUpdates;
import org.accountsuccess.host.spi.HostChanges;
import org.accountsuccess.host.spi.Role;
import org.accountsuccess.host.spi.SurveyInvitation;
import org.accountsuccess.host.spi.SurveyQuery;
import org.accountsuccess.host.spi.SurveyRecords;
import org.accountsuccess.host.spi.SurveyResponse;
import org.accountsuccess.kpi.KpiParameters;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * A hand-written host over lists, with a follow-up sink that keeps one task per response (and can
 * be told to fail), a health service answering the bands set by the test, and an Event Admin that
 * records what is posted. Renewals come from the real {@link RenewalComponent} over the same host.
 */
final class LoopTestHost implements AccountDirectory, SurveyRecords, ContractBook, ActivityLog {
    final List<Account> accounts = new ArrayList<>();
    final List<Contact> contacts = new ArrayList<>();
    final List<SurveyResponse> responses = new ArrayList<>();
    final List<Contract> contracts = new ArrayList<>();
    final List<Activity> activities = new ArrayList<>();
    final Sink sink = new Sink();
    final Health health = new Health();
    final Events events = new Events();
    boolean sinkBound = true;
    /** Whether the bound sink also offers {@code FollowUpUpdates}; without, the loop sees a plain sink. */
    boolean sinkUpdates = true;
    boolean healthBound = true;
    boolean eventsBound = true;
    /** Runs each time the loop asks for responses (a slow host, in a test that stops a sweep). */
    Runnable onResponses = () -> { };
    /** The host's data version, when the test gives one. */
    HostChanges changes;

    LoopHost loopHost() {
        HostBinding binding = new HostBinding(this, this, this, this, null, null, null);
        return new LoopHost(this, this, this, new RenewalComponent(binding, KpiParameters::defaults),
                () -> !sinkBound ? null : sinkUpdates ? sink : (FollowUpSink) sink::submit, () -> healthBound ? health : null, () -> eventsBound ? events : null, () -> changes);
    }

    Account account(String id, String name, String owner) {
        Account a = new Account(id, name, owner, "Enterprise", 1, null, null, null, null);
        accounts.add(a);
        return a;
    }

    Contact contact(String id, String accountId, String name) {
        Contact c = new Contact(id, accountId, name, null, null, Role.A, true);
        contacts.add(c);
        return c;
    }

    SurveyResponse response(String id, String contactId, String answeredAt, int score) {
        SurveyResponse r = new SurveyResponse(id, contactId, Instant.parse(answeredAt), score, null, null, List.of());
        responses.add(r);
        return r;
    }

    void activity(String id, String accountId, ActivityType type, String occurredAt) {
        activities.add(new Activity(id, accountId, null, type, Instant.parse(occurredAt), null, null, null, null));
    }

    void contract(String id, String accountId, String start, String end, String mrr, String renewalOf) {
        contracts.add(new Contract(id, accountId, LocalDate.parse(start), end == null ? null : LocalDate.parse(end),
                new BigDecimal(mrr), null, false, renewalOf, null));
    }

    @Override
    public Optional<Account> account(String accountId) {
        return accounts.stream().filter(a -> a.id().equals(accountId)).findFirst();
    }

    @Override
    public Stream<Account> accounts() {
        return accounts.stream();
    }

    @Override
    public Stream<Contact> contacts(String accountId) {
        return contacts.stream().filter(c -> c.accountId().equals(accountId));
    }

    @Override
    public Stream<Contact> allContacts() {
        return contacts.stream();
    }

    @Override
    public Stream<SurveyResponse> responses(SurveyQuery query) {
        onResponses.run();
        return responses.stream().filter(r -> query.range().contains(r.answeredAt()))
                .filter(r -> query.accountId() == null || contacts(query.accountId())
                        .anyMatch(c -> c.id().equals(r.contactId())));
    }

    @Override
    public Stream<SurveyInvitation> invitations(SurveyQuery query) {
        return Stream.empty();
    }

    @Override
    public Stream<Contract> contracts(ContractQuery query) {
        return contracts.stream().filter(query::matches);
    }

    @Override
    public Stream<Contract> renewalsOf(Collection<String> contractIds) {
        return contracts.stream().filter(c -> c.renewalOf() != null && contractIds.contains(c.renewalOf()));
    }

    @Override
    public Stream<Activity> activities(ActivityQuery query) {
        return activities.stream().filter(query::matches);
    }

    /** One task per response id, as the SPI asks of a host; fails while {@link #failing} is set. */
    static final class Sink implements FollowUpSink, FollowUpUpdates {
        final Map<String, FollowUp> tasks = new LinkedHashMap<>();
        final List<FollowUpChange> updates = new ArrayList<>();
        boolean failingUpdates;
        int calls;
        boolean failing;
        /** Creates the task, then fails: a crash after the host took it and before the ledger knew. */
        boolean failAfterCreating;

        @Override
        public boolean submit(FollowUp followUp) {
            calls++;
            if (failing) {
                throw new IllegalStateException("host unavailable");
            }
            boolean created = tasks.putIfAbsent(followUp.responseId(), followUp) == null;
            if (failAfterCreating) {
                throw new IllegalStateException("connection reset after the task was created");
            }
            return created;
        }

        @Override
        public boolean update(FollowUpChange change) {
            if (failingUpdates) {
                throw new IllegalStateException("host unavailable");
            }
            return updates.add(change);
        }
    }

    /** Answers the bands the test sets, with a score in the band. */
    static final class Health implements HealthService {
        final Map<String, HealthBand> bands = new HashMap<>();
        boolean failing;

        @Override
        public Optional<HealthScore> health(String accountId, LocalDate asOf) {
            return Optional.ofNullable(bands.get(accountId)).map(b -> score(accountId, asOf, b));
        }

        @Override
        public List<HealthScore> health(AccountFilter filter, LocalDate asOf) {
            if (failing) {
                throw new IllegalStateException("health.weight.nps = -1 is negative");
            }
            return bands.entrySet().stream().map(e -> score(e.getKey(), asOf, e.getValue())).toList();
        }

        @Override
        public Optional<List<HealthScore>> trend(String accountId, LocalDate to, int months) {
            throw new UnsupportedOperationException("not used by the closed loop");
        }

        @Override
        public HealthBacktest backtest(LocalDate asOf, LocalDate until, AccountFilter filter) {
            throw new UnsupportedOperationException("not used by the closed loop");
        }

        private static HealthScore score(String accountId, LocalDate asOf, HealthBand band) {
            double score = switch (band) {
                case GREEN -> 80;
                case YELLOW -> 55;
                case RED -> 20;
            };
            return new HealthScore(accountId, asOf, OptionalDouble.of(score), Optional.of(band), List.of(), List.of());
        }
    }

    /** Records the events posted, with their properties. */
    static final class Events implements EventAdmin {
        final List<Event> posted = new ArrayList<>();

        @Override
        public void postEvent(Event event) {
            posted.add(event);
        }

        @Override
        public void sendEvent(Event event) {
            posted.add(event);
        }

        List<Event> topic(String topic) {
            return posted.stream().filter(e -> e.getTopic().equals(topic)).toList();
        }

        static Map<String, Object> properties(Event event) {
            Map<String, Object> p = new HashMap<>();
            for (String name : event.getPropertyNames()) {
                if (!name.equals("event.topics")) {
                    p.put(name, event.getProperty(name));
                }
            }
            return p;
        }
    }
}

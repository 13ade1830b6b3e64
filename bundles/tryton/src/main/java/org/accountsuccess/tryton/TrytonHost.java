package org.accountsuccess.tryton;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.AccountDirectory;
import org.accountsuccess.host.spi.Activity;
import org.accountsuccess.host.spi.ActivityLog;
import org.accountsuccess.host.spi.ActivityQuery;
import org.accountsuccess.host.spi.Contact;
import org.accountsuccess.host.spi.Contract;
import org.accountsuccess.host.spi.ContractBook;
import org.accountsuccess.host.spi.ContractQuery;
import org.accountsuccess.host.spi.FollowUp;
import org.accountsuccess.host.spi.FollowUpSink;
import org.accountsuccess.host.spi.HostChanges;
import org.accountsuccess.host.spi.HostDataStatus;
import org.accountsuccess.host.spi.HostDataStatus.Freshness;
import org.accountsuccess.host.spi.HostStatus;
import org.accountsuccess.host.spi.HostUnavailableException;
import org.accountsuccess.host.spi.SurveyInvitation;
import org.accountsuccess.host.spi.SurveyQuery;
import org.accountsuccess.host.spi.SurveyRecords;
import org.accountsuccess.host.spi.SurveyResponse;
import org.accountsuccess.tryton.rpc.TrytonClient;
import org.accountsuccess.tryton.rpc.TrytonEndpoint;
import org.accountsuccess.tryton.rpc.TrytonException;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A Tryton server as the host: accounts, contacts, contracts and activities read over JSON-RPC,
 * follow-ups written back as notes, registered with {@value #HOST_PROPERTY}. Stock Tryton has no
 * surveys: by default bind {@code surveys.target} of {@code org.accountsuccess.core.HostBinding} to
 * the standalone store. When {@code survey.model} names a Tryton model of survey responses, the host
 * also reads them (and invitations, with {@code survey.invitation.model}) into the same snapshot and
 * registers {@link SurveyRecords} with {@value #HOST_PROPERTY} too.
 *
 * <p>The data is read whole every {@code refresh.seconds} into a {@link TrytonSnapshot} (each good read
 * a new {@link #dataVersion()}), and every
 * query is answered from the latest good one. When a read fails (Tryton down, a bad record), the
 * last good snapshot keeps answering and {@link #status()} says it is STALE, with the time it was
 * read and the error; before any read has worked the ports throw
 * {@link HostUnavailableException} and the status is UNAVAILABLE.
 */
@Component(configurationPid = TrytonConfiguration.PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        property = TrytonHost.HOST_PROPERTY, service = {AccountDirectory.class, ContractBook.class,
            ActivityLog.class, FollowUpSink.class, HostStatus.class, HostChanges.class, TrytonConnection.class})
@Designate(ocd = TrytonConfiguration.class)
public class TrytonHost implements AccountDirectory, ContractBook, ActivityLog, FollowUpSink, HostStatus,
        HostChanges, TrytonConnection, SurveyRecords, AutoCloseable {
    /** The service property that tells this host from others. */
    public static final String HOST_PROPERTY = "host=tryton";

    private static final Logger LOG = LoggerFactory.getLogger(TrytonHost.class);

    private final TrytonClient client;
    private final TrytonMapping mapping;
    private final TrytonFollowUps followUps;
    private final Clock clock;
    private final ScheduledExecutorService refresher;
    private volatile TrytonSnapshot snapshot;
    /** Good reads so far: the data version, which moves with every new snapshot. */
    private final AtomicLong reads = new AtomicLong();
    private volatile String lastError = "not read yet";
    private ServiceRegistration<SurveyRecords> surveyRegistration;

    @Activate
    public TrytonHost(TrytonConfiguration config, BundleContext context) {
        this(endpoint(config), TrytonMapping.from(config), Clock.systemUTC());
        if (mapping.surveys() != null) {
            // Survey data from Tryton only when configured: SurveyRecords is not among the component's services.
            Dictionary<String, Object> properties = new Hashtable<>();
            properties.put("host", "tryton");
            properties.put("survey.model", mapping.surveys().responseModel());
            surveyRegistration = context.registerService(SurveyRecords.class, this, properties);
        }
        refresher.scheduleWithFixedDelay(this::refresh, 0, config.refresh_seconds(), TimeUnit.SECONDS);
    }

    /** A host that reads only when {@link #refresh()} is called (tests, tools). */
    public TrytonHost(TrytonEndpoint endpoint, TrytonMapping mapping, Clock clock) {
        this.client = new TrytonClient(endpoint);
        this.mapping = mapping;
        this.followUps = new TrytonFollowUps(client);
        this.clock = clock;
        this.refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "account-success-tryton-refresh");
            t.setDaemon(true);
            return t;
        });
    }

    /** The endpoint the configuration describes; a bad value (also a bad refresh.seconds) throws naming it. */
    static TrytonEndpoint endpoint(TrytonConfiguration config) {
        if (config.refresh_seconds() < 1) {
            throw new IllegalArgumentException(TrytonConfiguration.PID + ": refresh.seconds " + config.refresh_seconds()
                    + " must be at least 1");
        }
        try {
            return new TrytonEndpoint(URI.create(config.url().strip()), config.database(), config.user(),
                    config._password(), Duration.ofMillis(config.connect_timeout_ms()),
                    Duration.ofMillis(config.read_timeout_ms()), config.retries(),
                    Duration.ofMillis(config.retry_backoff_ms()), config.page_size());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(TrytonConfiguration.PID + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized HostDataStatus refresh() {
        try {
            TrytonSnapshot read = new TrytonReader(client, mapping).read(clock.instant());
            snapshot = read;
            reads.incrementAndGet();
            lastError = null;
            LOG.info("Read Tryton at {}: {} accounts, {} contracts, {} activities, {} survey responses",
                    client.endpoint().describe(), read.accounts().size(), read.contracts().size(),
                    read.activities().size(), read.responses().size());
        } catch (TrytonException | IllegalArgumentException e) {
            lastError = e.getMessage();
            LOG.warn("Reading Tryton failed; {}: {}", snapshot == null ? "no data yet" : "serving the data read at "
                    + snapshot.readAt(), e.getMessage());
        }
        return status();
    }

    @Override
    public HostDataStatus status() {
        TrytonSnapshot current = snapshot;
        String error = lastError;
        if (current == null) {
            return new HostDataStatus(Freshness.UNAVAILABLE, null, error);
        }
        return new HostDataStatus(error == null ? Freshness.LIVE : Freshness.STALE, current.readAt(), error);
    }

    @Override
    public long dataVersion() {
        return reads.get();
    }

    @Override
    public TrytonCheck check() {
        long start = System.nanoTime();
        String version = client.server("common.server.version").asText();
        JsonNode parties = client.call("model.party.party.search_count", client.array(), client.context());
        JsonNode accounts = client.call("model.party.party.search_count", client.array().add(client.array()
                .add("categories.name").add("=").add(mapping.accountCategory())), client.context());
        return new TrytonCheck(client.endpoint().describe(), client.endpoint().user(), version, parties.asLong(),
                accounts.asLong(), Duration.ofNanos(System.nanoTime() - start));
    }

    private TrytonSnapshot data() {
        TrytonSnapshot current = snapshot;
        if (current == null) {
            throw new HostUnavailableException("Tryton at " + client.endpoint().describe()
                    + " has not been read yet: " + lastError);
        }
        return current;
    }

    @Override
    public Optional<Account> account(String accountId) {
        return data().account(accountId);
    }

    @Override
    public Stream<Account> accounts() {
        return data().accounts().values().stream();
    }

    @Override
    public Stream<Contact> contacts(String accountId) {
        return data().contacts(accountId);
    }

    @Override
    public Stream<Contact> allContacts() {
        return data().allContacts();
    }

    @Override
    public Stream<Contract> contracts(ContractQuery query) {
        return data().contracts(query);
    }

    @Override
    public Stream<Contract> renewalsOf(Collection<String> contractIds) {
        return data().renewalsOf(contractIds);
    }

    @Override
    public Stream<Activity> activities(ActivityQuery query) {
        return data().activities(query);
    }

    /** The survey responses read from {@code survey.model}; none when it is not set. */
    @Override
    public Stream<SurveyResponse> responses(SurveyQuery query) {
        return data().responses(query);
    }

    /** The invitations read from {@code survey.invitation.model}; none when it is not set. */
    @Override
    public Stream<SurveyInvitation> invitations(SurveyQuery query) {
        return data().invitations(query);
    }

    @Override
    public boolean submit(FollowUp followUp) {
        return followUps.submit(followUp);
    }

    @Deactivate
    @Override
    public void close() throws IOException {
        if (surveyRegistration != null) {
            try {
                surveyRegistration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the bundle is stopping
            }
            surveyRegistration = null;
        }
        refresher.shutdownNow();
        client.close();
    }
}

package org.accountsuccess.core;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import org.accountsuccess.api.data.DataVersion;
import org.accountsuccess.api.data.DataVersionService;
import org.accountsuccess.api.event.AccountSuccessEvents;
import org.accountsuccess.host.spi.AccountDirectory;
import org.accountsuccess.host.spi.ActivityLog;
import org.accountsuccess.host.spi.ContractBook;
import org.accountsuccess.host.spi.EmployeeSurveyRecords;
import org.accountsuccess.host.spi.ExchangeRates;
import org.accountsuccess.host.spi.HostChanges;
import org.accountsuccess.host.spi.HostStatus;
import org.accountsuccess.host.spi.RevenueLedger;
import org.accountsuccess.host.spi.SurveyRecords;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Binds the host's SPI ports in one place and serves the versions of their data the services
 * compute from: a {@link org.accountsuccess.kpi.index.FactIndex} read from the host once per data
 * version ({@link HostChanges}, when the host has it) or every {@code refresh.seconds}, and at once
 * after a committed import ({@link AccountSuccessEvents#DATASET_IMPORTED}), swapped in once complete. It is satisfied while the host registers the four required ports; the api
 * services depend on it, so they appear with the host and go away with it. Where several hosts
 * register a port, {@code <port>.target} in {@value FactIndexConfiguration#PID} picks one (for
 * example {@code accounts.target=(host=tryton)}; {@code status.target} picks the port that says how
 * fresh the data is, {@code changes.target} the one that gives its version). Outside a container
 * (tests, benchmarks) it is built with the host objects directly.
 */
@Component(service = {HostBinding.class, DataVersionService.class, EventHandler.class},
        configurationPid = FactIndexConfiguration.PID,
        property = EventConstants.EVENT_TOPIC + "=" + AccountSuccessEvents.DATASET_IMPORTED)
@Designate(ocd = FactIndexConfiguration.class)
public class HostBinding implements DataVersionService, EventHandler {
    private final HostSnapshots snapshots;
    private final ResultCache cache;

    @Activate
    public HostBinding(@Reference(name = "accounts") AccountDirectory accounts,
            @Reference(name = "surveys") SurveyRecords surveys,
            @Reference(name = "contracts") ContractBook contracts,
            @Reference(name = "activities") ActivityLog activities,
            @Reference(name = "rates", cardinality = ReferenceCardinality.OPTIONAL,
                    policyOption = ReferencePolicyOption.GREEDY) ExchangeRates rates,
            @Reference(name = "employees", cardinality = ReferenceCardinality.OPTIONAL,
                    policyOption = ReferencePolicyOption.GREEDY) EmployeeSurveyRecords employees,
            @Reference(name = "status", cardinality = ReferenceCardinality.OPTIONAL,
                    policyOption = ReferencePolicyOption.GREEDY) HostStatus status,
            @Reference(name = "changes", cardinality = ReferenceCardinality.OPTIONAL,
                    policyOption = ReferencePolicyOption.GREEDY) HostChanges changes,
            @Reference(name = "revenue", cardinality = ReferenceCardinality.OPTIONAL,
                    policyOption = ReferencePolicyOption.GREEDY) RevenueLedger revenue,
            FactIndexConfiguration config) {
        this(HostSnapshots.versioned(new HostPorts(accounts, surveys, contracts, activities, rates, employees, status,
                revenue),
                changes, Duration.ofSeconds(config.refresh_seconds()), Clock.systemUTC()), config.cache_entries());
        snapshots.start(config.poll_millis());
    }

    /**
     * The reference path: no index and no cache, every call reads the host's ports themselves (tests
     * with fake hosts that change between calls, and the figures the index's are checked against).
     */
    public HostBinding(AccountDirectory accounts, SurveyRecords surveys, ContractBook contracts, ActivityLog activities,
            ExchangeRates rates, EmployeeSurveyRecords employees, HostStatus status) {
        this(HostSnapshots.direct(new HostPorts(accounts, surveys, contracts, activities, rates, employees, status)),
                0);
    }

    private HostBinding(HostSnapshots snapshots, int cacheEntries) {
        this.snapshots = snapshots;
        this.cache = new ResultCache(cacheEntries);
    }

    /**
     * A binding that reads {@code host} once per data version of {@code changes} (a benchmark's
     * or test's host), with a cache of {@code cacheEntries} results; nothing polls it, so
     * {@link #refresh()} reads a new version.
     */
    public static HostBinding versioned(HostPorts host, HostChanges changes, int cacheEntries) {
        return over(HostSnapshots.versioned(host, changes, Duration.ofDays(36500), Clock.systemUTC()), cacheEntries);
    }

    static HostBinding over(HostSnapshots snapshots, int cacheEntries) {
        return new HostBinding(snapshots, cacheEntries);
    }

    @Deactivate
    void stop() {
        snapshots.stop();
    }

    /** The live host's ports, for what must not come from a copy (how fresh the host is now). */
    public HostPorts ports() {
        return snapshots.live();
    }

    /** The last complete version of the host's data. */
    HostSnapshot snapshot() {
        return snapshots.current();
    }

    /** {@code compute}'s result for these parameters on {@code snapshot}'s version, from the cache when it has it. */
    <T> T cached(HostSnapshot snapshot, String service, List<Object> parameters, Supplier<T> compute) {
        return cache.get(snapshot.version().version(), service, parameters, compute);
    }

    /** A committed import: read the host again now rather than at the next poll. */
    @Override
    public void handleEvent(Event event) {
        snapshots.refreshSoon();
    }

    @Override
    public DataVersion current() {
        return snapshots.current().version();
    }

    /** Reads the host again now, whether or not its data version moved: an import just committed. */
    @Override
    public DataVersion refresh() {
        return snapshots.refresh(true).version();
    }
}

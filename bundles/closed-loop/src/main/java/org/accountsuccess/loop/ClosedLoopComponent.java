package org.accountsuccess.loop;

import java.io.File;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.accountsuccess.api.event.AccountSuccessEvents;
import org.accountsuccess.api.followup.FollowUpQuery;
import org.accountsuccess.api.followup.FollowUpService;
import org.accountsuccess.api.followup.SweepReport;
import org.accountsuccess.api.followup.TrackedFollowUp;
import org.accountsuccess.api.health.HealthService;
import org.accountsuccess.api.renewal.RenewalService;
import org.accountsuccess.host.spi.AccountDirectory;
import org.accountsuccess.host.spi.ActivityLog;
import org.accountsuccess.host.spi.FollowUpSink;
import org.accountsuccess.host.spi.SurveyRecords;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.jdbc.DataSourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The closed loop in the container: {@link FollowUpService} over the host's ports, a ledger in an
 * embedded H2 database ({@code ${karaf.data}/accountsuccess/closed-loop.mv.db}, next to the
 * standalone store's), a sweep every {@code interval.seconds} and one after each committed import
 * ({@link AccountSuccessEvents#DATASET_IMPORTED}).
 *
 * <p>Configuration: {@value LoopConfiguration#PID}, plus {@code time.zone} and
 * {@code base.currency} of {@code org.accountsuccess.kpi} (both PIDs are merged; the loop's wins). The
 * metatype's designate comes from {@link LoopConfiguration}'s {@code pid}, since bnd's
 * {@code @Designate} takes a component with one PID only.
 * The host ports can be picked like {@code HostBinding}'s with {@code accounts.target},
 * {@code surveys.target}, {@code activities.target}; the follow-up sink with {@code sink.target}
 * (for example {@code (host=tryton)}). The sink, the health service and Event Admin are optional:
 * follow-ups wait pending, bands are not followed, events wait in the ledger until they come.
 */
@Component(service = {FollowUpService.class, EventHandler.class},
        configurationPid = {LoopSettings.KPI_PID, LoopConfiguration.PID},
        property = EventConstants.EVENT_TOPIC + "=" + AccountSuccessEvents.DATASET_IMPORTED)
public class ClosedLoopComponent implements FollowUpService, EventHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ClosedLoopComponent.class);

    @Reference(name = "sink", cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile FollowUpSink sink;

    @Reference(name = "health", cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile HealthService health;

    @Reference(name = "events", cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile EventAdmin events;

    private final Ledger ledger;
    private final ClosedLoop loop;
    private final ScheduledExecutorService scheduler;

    @Activate
    public ClosedLoopComponent(@Reference(name = "accounts") AccountDirectory accounts,
            @Reference(name = "surveys") SurveyRecords surveys,
            @Reference(name = "activities") ActivityLog activities,
            @Reference(name = "renewals") RenewalService renewals,
            @Reference(name = "ledger", target = "(osgi.jdbc.driver.class=org.h2.Driver)") DataSourceFactory h2,
            BundleContext context, LoopConfiguration config, Map<String, Object> properties) throws SQLException {
        LoopSettings settings = LoopSettings.of(config, properties);
        this.ledger = new Ledger(ledgerDataSource(h2, context));
        this.loop = new ClosedLoop(new LoopHost(accounts, surveys, activities, renewals, () -> sink, () -> health,
                () -> events), ledger, Clock.systemUTC(), settings);
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "account-success closed loop");
            t.setDaemon(true);
            return t;
        });
        if (settings.enabled()) {
            scheduler.scheduleWithFixedDelay(this::sweepLogged, 0, settings.intervalSeconds(), TimeUnit.SECONDS);
        }
    }

    @Deactivate
    void stop() throws InterruptedException {
        scheduler.shutdownNow();
        if (scheduler.awaitTermination(30, TimeUnit.SECONDS)) {
            ledger.close();
        } else {
            LOG.warn("closed loop: a sweep did not end within 30 s of the stop; the ledger is closed with the JVM");
        }
    }

    @Override
    public List<TrackedFollowUp> followUps(FollowUpQuery query) {
        return loop.followUps(query);
    }

    @Override
    public SweepReport sweep() {
        return loop.sweep();
    }

    /** After an import: a sweep on the loop's own thread, so Event Admin's thread is not held. */
    @Override
    public void handleEvent(Event event) {
        if (loop.settings().enabled()) {
            scheduler.execute(this::sweepLogged);
        }
    }

    private void sweepLogged() {
        try {
            SweepReport r = loop.sweep();
            if (r.newResponses() + r.submitted() + r.bandChanges() + r.overdue() + r.renewalsEntered()
                    + r.eventsPosted() > 0 || r.pending() > 0) {
                LOG.info("closed loop sweep as of {}: {} new response(s), {} follow-up(s) submitted, {} pending,"
                        + " {} band change(s), {} overdue, {} renewal(s) entering the window, {} event(s) posted",
                        r.asOf(), r.newResponses(), r.submitted(), r.pending(), r.bandChanges(), r.overdue(),
                        r.renewalsEntered(), r.eventsPosted());
            }
        } catch (RuntimeException e) {
            // The next sweep retries; the ledger holds what was done so far.
            LOG.warn("closed loop sweep failed, retried in the next sweep", e);
        }
    }

    private static DataSource ledgerDataSource(DataSourceFactory h2, BundleContext context) throws SQLException {
        String data = context.getProperty("karaf.data");
        File file = data != null ? new File(data, "accountsuccess/closed-loop") : context.getDataFile("closed-loop");
        Properties p = new Properties();
        p.setProperty(DataSourceFactory.JDBC_URL, Ledger.h2Url(file.toPath()));
        return h2.createDataSource(p);
    }
}

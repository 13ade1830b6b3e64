package org.accountsuccess.loop;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.accountsuccess.api.event.AccountSuccessEvents;
import org.accountsuccess.api.followup.FollowUpCreation;
import org.accountsuccess.api.followup.FollowUpEdit;
import org.accountsuccess.api.followup.FollowUpHistoryEntry;
import org.accountsuccess.api.followup.FollowUpQuery;
import org.accountsuccess.api.followup.FollowUpService;
import org.accountsuccess.api.followup.NewFollowUp;
import org.accountsuccess.api.followup.SweepReport;
import org.accountsuccess.api.followup.TrackedFollowUp;
import org.accountsuccess.api.health.HealthService;
import org.accountsuccess.api.renewal.RenewalService;
import org.accountsuccess.host.spi.AccountDirectory;
import org.accountsuccess.host.spi.ActivityLog;
import org.accountsuccess.database.lease.LeaderLease;
import org.accountsuccess.host.spi.FollowUpSink;
import org.accountsuccess.host.spi.HostChanges;
import org.accountsuccess.host.spi.SurveyRecords;
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

/**
 * The closed loop in the container: {@link FollowUpService} over the host's ports, a ledger in the
 * product's database (the DataSource {@code (dataSourceName=accountsuccess)} the standalone store
 * also uses; {@code ledger.target} picks another), and a {@link SweepSchedule} that sweeps on the
 * node holding the {@link LeaderLease}, every {@code interval.seconds}, after each committed import
 * ({@link AccountSuccessEvents#DATASET_IMPORTED}) and when the host's data version changes.
 *
 * <p>Configuration: {@value LoopConfiguration#PID}, plus {@code time.zone} and
 * {@code base.currency} of {@code org.accountsuccess.kpi} (both PIDs are merged; the loop's wins). The
 * metatype's designate comes from {@link LoopConfiguration}'s {@code pid}, since bnd's
 * {@code @Designate} takes a component with one PID only. A configuration change deactivates the
 * component: the sweep under way ends at its next step (never interrupted), then the new
 * configuration takes over.
 * The host ports can be picked like {@code HostBinding}'s with {@code accounts.target},
 * {@code surveys.target}, {@code activities.target}; the follow-up sink with {@code sink.target}
 * (for example {@code (host=tryton)}). The sink, the health service, Event Admin and the host's
 * {@link HostChanges} are optional: follow-ups wait pending, bands are not followed, events wait in
 * the ledger until they come, and every sweep reads the host.
 */
@Component(service = {FollowUpService.class, EventHandler.class},
        configurationPid = {LoopSettings.KPI_PID, LoopConfiguration.PID},
        property = EventConstants.EVENT_TOPIC + "=" + AccountSuccessEvents.DATASET_IMPORTED)
public class ClosedLoopComponent implements FollowUpService, EventHandler {
    static final String DATABASE = "(dataSourceName=accountsuccess)";

    @Reference(name = "sink", cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile FollowUpSink sink;

    @Reference(name = "health", cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile HealthService health;

    @Reference(name = "events", cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile EventAdmin events;

    @Reference(name = "changes", cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile HostChanges changes;

    private final ClosedLoop loop;
    private final SweepSchedule schedule;

    @Activate
    public ClosedLoopComponent(@Reference(name = "accounts") AccountDirectory accounts,
            @Reference(name = "surveys") SurveyRecords surveys,
            @Reference(name = "activities") ActivityLog activities,
            @Reference(name = "renewals") RenewalService renewals,
            @Reference(name = "ledger", target = DATABASE) DataSource database,
            @Reference(name = "lease") LeaderLease lease,
            LoopConfiguration config, Map<String, Object> properties) throws SQLException {
        LoopSettings settings = LoopSettings.of(config, properties);
        this.loop = new ClosedLoop(new LoopHost(accounts, surveys, activities, renewals, () -> sink, () -> health,
                () -> events, () -> changes), new Ledger(database), Clock.systemUTC(), settings);
        this.schedule = new SweepSchedule(loop, lease);
    }

    @Deactivate
    void stop() {
        schedule.close();
    }

    @Override
    public List<TrackedFollowUp> followUps(FollowUpQuery query) {
        return loop.followUps(query);
    }

    /** A sweep on this node whether it holds the lease or not (the ledger's keys keep it to once). */
    @Override
    public SweepReport sweep() {
        return loop.sweep(schedule::goOn);
    }

    @Override
    public Optional<TrackedFollowUp> followUp(String id, LocalDate asOf) {
        return loop.followUp(id, asOf);
    }

    @Override
    public List<FollowUpHistoryEntry> history(String id) {
        return loop.history(id);
    }

    @Override
    public FollowUpCreation create(NewFollowUp request, LocalDate asOf) {
        return loop.create(request, asOf);
    }

    @Override
    public Optional<TrackedFollowUp> change(FollowUpEdit edit, LocalDate asOf) {
        return loop.change(edit, asOf);
    }

    @Override
    public void handleEvent(Event event) {
        schedule.request();
    }
}

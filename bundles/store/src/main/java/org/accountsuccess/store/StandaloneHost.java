package org.accountsuccess.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.accountsuccess.api.dataset.DataSetRejectedException;
import org.accountsuccess.api.event.AccountSuccessEvents;
import org.accountsuccess.api.dataset.DataSetService;
import org.accountsuccess.api.dataset.FileReport;
import org.accountsuccess.api.dataset.ImportMode;
import org.accountsuccess.api.dataset.ImportProgress;
import org.accountsuccess.api.dataset.ImportReport;
import org.accountsuccess.host.spi.AccessPolicy;
import org.accountsuccess.host.spi.AccountDirectory;
import org.accountsuccess.host.spi.ActivityLog;
import org.accountsuccess.host.spi.ContractBook;
import org.accountsuccess.host.spi.EmployeeSurveyRecords;
import org.accountsuccess.host.spi.ExchangeRates;
import org.accountsuccess.host.spi.FollowUpSink;
import org.accountsuccess.host.spi.FollowUpUpdates;
import org.accountsuccess.host.spi.HostChanges;
import org.accountsuccess.host.spi.RevenueLedger;
import org.accountsuccess.host.spi.SurveyRecords;
import org.accountsuccess.store.dataset.DataSetStore;
import org.accountsuccess.store.jdbc.JdbcHost;
import org.accountsuccess.store.schema.Schema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The standalone host: every port of the host-data SPI and the {@link DataSetService}, over the
 * DataSource {@code (dataSourceName=accountsuccess)} (configurable as {@code dataSource.target}),
 * registered with {@value #HOST_PROPERTY}. It starts at once (immediate) and migrates the schema; a failed
 * migration keeps it (and so the services) down, with the script and the cause in the log.
 * A configuration change restarts it. After each committed import it posts
 * {@link AccountSuccessEvents#DATASET_IMPORTED} when Event Admin is there.
 */
@Component(configurationPid = StoreConfiguration.PID, property = StandaloneHost.HOST_PROPERTY, immediate = true,
        service = {AccountDirectory.class, SurveyRecords.class, ContractBook.class, ActivityLog.class,
            ExchangeRates.class, EmployeeSurveyRecords.class, RevenueLedger.class, FollowUpSink.class,
            FollowUpUpdates.class, AccessPolicy.class, HostChanges.class, DataSetService.class})
@Designate(ocd = StoreConfiguration.class)
public class StandaloneHost extends JdbcHost implements DataSetService {
    /** The service property that tells this host from others. */
    public static final String HOST_PROPERTY = "host=standalone";

    private final DataSetStore dataSets;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile EventAdmin events;

    @Activate
    public StandaloneHost(@Reference(name = "dataSource", target = "(dataSourceName=accountsuccess)")
            DataSource dataSource, StoreConfiguration config) throws SQLException {
        super(dataSource, baseCurrency(config));
        EmbeddedH2.writeAtEveryCommit(dataSource);
        Schema.migrate(dataSource);
        this.dataSets = new DataSetStore(dataSource, baseCurrency(config));
    }

    static String baseCurrency(StoreConfiguration config) {
        String code = config.base_currency();
        if (code == null || !code.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException(StoreConfiguration.PID + ": 'base.currency' = '" + code
                    + "' is not an ISO 4217 code (three capital letters, such as EUR)");
        }
        return code;
    }

    @Override
    public ImportReport importDataSet(Path source, ImportMode mode, ImportProgress progress)
            throws DataSetRejectedException, IOException {
        ImportReport report = dataSets.importDataSet(source, mode, progress);
        EventAdmin eventAdmin = events;
        if (eventAdmin != null) {
            // Each import is its own fact: a random id, posted once, after the commit.
            eventAdmin.postEvent(new Event(AccountSuccessEvents.DATASET_IMPORTED, Map.of(
                    AccountSuccessEvents.EVENT_ID, "dataset-imported:" + UUID.randomUUID(),
                    AccountSuccessEvents.OCCURRED_AT, Instant.now().toString(),
                    AccountSuccessEvents.IMPORT_MODE, report.mode().name())));
        }
        return report;
    }

    @Override
    public List<FileReport> exportDataSet(Path target) throws IOException {
        return dataSets.exportDataSet(target);
    }

    @Override
    public boolean isEmpty() {
        return dataSets.isEmpty();
    }
}

package org.accountsuccess.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.accountsuccess.api.dataset.DataSetRejectedException;
import org.accountsuccess.api.dataset.DataSetService;
import org.accountsuccess.api.dataset.FileReport;
import org.accountsuccess.api.dataset.ImportMode;
import org.accountsuccess.api.dataset.ImportProgress;
import org.accountsuccess.api.dataset.ImportReport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the demo data set into an empty store, so a fresh installation shows figures at once.
 * It never touches a store that holds data, and does nothing when {@code load=false} in
 * {@code etc/org.accountsuccess.demo.cfg}. The data ends the day before the first start (or on
 * {@code anchor}), so it looks alive whenever it is loaded. The import runs on a background thread
 * so that activation returns at once.
 */
@Component(configurationPid = DemoDataLoader.PID)
@Designate(ocd = DemoDataLoader.Config.class)
public class DemoDataLoader {
    static final String PID = "org.accountsuccess.demo";
    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

    @ObjectClassDefinition(id = PID, name = "Account Success demo data",
            description = "Loads a generated demo tenant into the store when the store is empty.")
    public @interface Config {
        @AttributeDefinition(description = "Load the demo data set when the store holds no account.")
        boolean load() default true;

        @AttributeDefinition(description = "The last day of the demo data, YYYY-MM-DD. Empty (the default): the"
                + " day before the first start, the whole data set moved as one block so that the closed loop,"
                + " the windows and the renewal pipeline have something to show on any day. The README's"
                + " examples and the tests use 2026-11-15, the day the data set was drawn up to.")
        String anchor() default "";
    }

    /** What the loader did. */
    enum Outcome {
        /** Loading is switched off by configuration. */
        DISABLED,
        /** The store holds data already; it was left alone. */
        STORE_NOT_EMPTY,
        /** The demo data set was imported. */
        IMPORTED,
        /** The import failed; the log says why. */
        FAILED
    }

    private final DataSetService dataSets;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(
            task -> new Thread(task, "accountsuccess-demo-loader"));
    private final Future<Outcome> outcome;

    @Activate
    public DemoDataLoader(@Reference(name = "dataSets") DataSetService dataSets, Config config) {
        this(dataSets, config, Clock.systemDefaultZone());
    }

    DemoDataLoader(DataSetService dataSets, Config config, Clock clock) {
        this.dataSets = dataSets;
        LocalDate lastDay = lastDay(config.anchor(), clock);
        this.outcome = executor.submit(() -> load(config.load(), lastDay));
    }

    /** The configured last day, or the day before today; a bad value is refused naming the property. */
    static LocalDate lastDay(String anchor, Clock clock) {
        if (anchor == null || anchor.isBlank()) {
            return LocalDate.now(clock).minusDays(1);
        }
        try {
            return LocalDate.parse(anchor.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(PID + ": 'anchor' = '" + anchor + "' is not a date (YYYY-MM-DD)"
                    + " nor empty (the day before the first start)", e);
        }
    }

    /** Interrupts a load still running and waits a little for it: the store may be going away too. */
    @Deactivate
    void deactivate() {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("Demo data import still running after deactivation");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The outcome of the load started at activation, once it is done. */
    Future<Outcome> outcome() {
        return outcome;
    }

    private Outcome load(boolean enabled, LocalDate lastDay) {
        if (!enabled) {
            LOG.info("Demo data not loaded: switched off ({} load=false)", PID);
            return Outcome.DISABLED;
        }
        if (!dataSets.isEmpty()) {
            LOG.info("Demo data not loaded: the store already holds data");
            return Outcome.STORE_NOT_EMPTY;
        }
        Path folder = null;
        try {
            folder = Files.createTempDirectory("accountsuccess-demo-");
            DemoDataSet.writeTo(folder, lastDay);
            ImportReport report = dataSets.importDataSet(folder, ImportMode.MERGE, ImportProgress.NONE);
            LOG.info("Demo data loaded (up to {}): {} rows in {} files", lastDay,
                    report.files().stream().mapToLong(FileReport::rows).sum(), report.files().size());
            report.warnings().forEach(w -> LOG.warn("Demo data: {}", w));
            return Outcome.IMPORTED;
        } catch (DataSetRejectedException e) {
            LOG.error("Demo data rejected by the store, nothing loaded: {}", e.getMessage());
            e.errors().stream().limit(20).forEach(error -> LOG.error("  {}", error));
            return Outcome.FAILED;
        } catch (IOException | RuntimeException e) {
            LOG.error("Demo data not loaded", e);
            return Outcome.FAILED;
        } finally {
            delete(folder);
        }
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Could not delete the temporary demo data folder {}", folder, e);
        }
    }
}

package org.accountsuccess.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * {@code etc/org.accountsuccess.demo.cfg}. The import runs on a background thread so that
 * activation returns at once.
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
        this.dataSets = dataSets;
        this.outcome = executor.submit(() -> load(config.load()));
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

    private Outcome load(boolean enabled) {
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
            DemoDataSet.writeTo(folder);
            ImportReport report = dataSets.importDataSet(folder, ImportMode.MERGE, ImportProgress.NONE);
            LOG.info("Demo data loaded (as of {}): {} rows in {} files", DemoDataSet.ANCHOR,
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

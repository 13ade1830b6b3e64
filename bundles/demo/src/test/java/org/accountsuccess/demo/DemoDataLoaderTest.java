package org.accountsuccess.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.accountsuccess.api.dataset.DataSetRejectedException;
import org.accountsuccess.api.dataset.DataSetService;
import org.accountsuccess.api.dataset.FileReport;
import org.accountsuccess.api.dataset.ImportMode;
import org.accountsuccess.api.dataset.ImportProgress;
import org.accountsuccess.api.dataset.ImportReport;
import org.accountsuccess.api.dataset.RowError;
import org.accountsuccess.demo.DemoDataLoader.Outcome;
import org.junit.jupiter.api.Test;


class DemoDataLoaderTest {

    /** A store that records the imports it is asked for and what the folder held at the time. */
    private static final class FakeStore implements DataSetService {
        private final boolean empty;
        private final boolean rejects;
        final List<ImportMode> imports = new ArrayList<>();
        final List<String> filesSeen = new ArrayList<>();
        Path source;

        FakeStore(boolean empty, boolean rejects) {
            this.empty = empty;
            this.rejects = rejects;
        }

        @Override
        public ImportReport importDataSet(Path source, ImportMode mode, ImportProgress progress)
                throws DataSetRejectedException, IOException {
            this.source = source;
            imports.add(mode);
            try (var files = Files.list(source)) {
                files.map(p -> p.getFileName().toString()).sorted().forEach(filesSeen::add);
            }
            if (rejects) {
                throw new DataSetRejectedException(List.of(new RowError("accounts.csv", 2, "tier", "4", "not 1..3")));
            }
            return new ImportReport(mode, List.of(new FileReport("accounts.csv", 200, 200, 0, 0)), List.of());
        }

        @Override
        public List<FileReport> exportDataSet(Path target) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isEmpty() {
            return empty;
        }
    }

    /** The configuration DS would hand over. */
    private static DemoDataLoader.Config config(boolean load) {
        return config(load, "");
    }

    private static DemoDataLoader.Config config(boolean load, String anchor) {
        return (DemoDataLoader.Config) Proxy.newProxyInstance(DemoDataLoader.Config.class.getClassLoader(),
                new Class<?>[] {DemoDataLoader.Config.class},
                (proxy, method, args) -> method.getName().equals("load") ? load : anchor);
    }

    private static Outcome run(FakeStore store, boolean load) throws Exception {
        DemoDataLoader loader = new DemoDataLoader(store, config(load));
        try {
            return loader.outcome().get(60, TimeUnit.SECONDS);
        } finally {
            loader.deactivate();
        }
    }

    @Test
    void anEmptyStoreGetsTheDemoDataMergedFromATemporaryFolderThatIsThenDeleted() throws Exception {
        FakeStore store = new FakeStore(true, false);

        assertThat(run(store, true)).isEqualTo(Outcome.IMPORTED);
        assertThat(store.imports).containsExactly(ImportMode.MERGE);
        assertThat(store.filesSeen).contains("accounts.csv", "contacts.csv", "responses.csv", "activities.csv");
        assertThat(store.source).doesNotExist();
    }

    @Test
    void theDataEndsTheDayBeforeTheFirstStartOrOnTheConfiguredAnchor() {
        Clock december = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
        assertThat(DemoDataLoader.lastDay("", december)).isEqualTo(LocalDate.parse("2026-11-30"));
        assertThat(DemoDataLoader.lastDay(" 2026-11-15 ", december)).isEqualTo(DemoDataSet.ANCHOR);
        assertThatThrownBy(() -> DemoDataLoader.lastDay("yesterday", december))
                .hasMessage("org.accountsuccess.demo: 'anchor' = 'yesterday' is not a date (YYYY-MM-DD) nor empty"
                        + " (the day before the first start)");
    }

    @Test
    void aStoreHoldingDataIsLeftAlone() throws Exception {
        FakeStore store = new FakeStore(false, false);

        assertThat(run(store, true)).isEqualTo(Outcome.STORE_NOT_EMPTY);
        assertThat(store.imports).isEmpty();
    }

    @Test
    void nothingIsLoadedWhenSwitchedOff() throws Exception {
        FakeStore store = new FakeStore(true, false);

        assertThat(run(store, false)).isEqualTo(Outcome.DISABLED);
        assertThat(store.imports).isEmpty();
    }

    @Test
    void aRejectedDataSetIsReportedAndTheFolderStillDeleted() throws Exception {
        FakeStore store = new FakeStore(true, true);

        assertThat(run(store, true)).isEqualTo(Outcome.FAILED);
        assertThat(store.imports).containsExactly(ImportMode.MERGE);
        assertThat(store.source).doesNotExist();
    }
}

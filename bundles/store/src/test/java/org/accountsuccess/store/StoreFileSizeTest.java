package org.accountsuccess.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.accountsuccess.api.dataset.ImportMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store's file over repeated identical imports, on the shipped URL with a connection
 * held open as a pool holds it: it must not grow import after import, and must stay within about
 * twice the CSV it holds (BENCHMARKS.md, "File size": H2 2.5 grew to 58 times the CSV; SQLite
 * reuses the pages a replace frees).
 */
class StoreFileSizeTest {
    private static final GeneratedDataSet TENANT = new GeneratedDataSet(2_000, 60_000, 0);
    private static final int IMPORTS = 6;

    @TempDir
    Path temp;

    @Test
    void repeatedIdenticalImportsDoNotGrowTheFileBeyondTwiceTheCsv() throws Exception {
        Path csv = TENANT.writeTo(temp.resolve("set"));
        long csvBytes = size(csv);
        Path karafData = temp.resolve("karaf-data");
        DataSource dataSource = ShippedDataSource.open(ShippedDataSource.url(karafData));
        List<Long> sizes = new ArrayList<>();
        try (Connection pooled = dataSource.getConnection()) {
            StandaloneHost host = new StandaloneHost(dataSource, StandaloneHostTest.config(Map.of()));
            for (int i = 0; i < IMPORTS; i++) {
                host.importDataSet(csv, i % 2 == 0 ? ImportMode.REPLACE : ImportMode.MERGE, null);
                sizes.add(size(karafData));
            }
        }
        long closed = size(karafData);
        System.out.printf("%nstore file over %d imports of %,d KB of CSV (replace, merge, ...): %s KB; after close"
                + " %,d KB%n", IMPORTS, csvBytes >> 10, sizes.stream().map(s -> String.format("%,d", s >> 10)).toList(),
                closed >> 10);
        assertThat(sizes.get(IMPORTS - 1)).as("after the last import, against the second")
                .isLessThanOrEqualTo(sizes.get(1) * 5 / 4);
        assertThat(sizes.get(IMPORTS - 1)).as("after the last import, against the CSV").isLessThanOrEqualTo(2 * csvBytes);
        assertThat(closed).as("closed").isLessThanOrEqualTo(2 * csvBytes);
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }
}

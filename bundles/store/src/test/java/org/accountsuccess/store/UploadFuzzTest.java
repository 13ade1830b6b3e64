package org.accountsuccess.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.accountsuccess.api.dataset.DataSetRejectedException;
import org.accountsuccess.api.dataset.ImportMode;
import org.accountsuccess.api.dataset.ImportProgress;
import org.accountsuccess.store.dataset.DataSetStore;
import org.accountsuccess.store.schema.Schema;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile uploads: 1,000 seeded mutations of a good data set's zip (flipped, cut, inserted and
 * deleted bytes, renamed or duplicated entries, hostile entry names), imported in merge and replace
 * mode. Every one either imports or is refused with a reason ({@link DataSetRejectedException}
 * naming rows, or an {@link IOException} naming what is wrong with the file) — never another
 * exception — and a refused one leaves the store exactly as it was.
 */
class UploadFuzzTest {
    private static final long SEED = 20261202L;
    private static final int MUTATIONS = 1_000;

    @TempDir
    Path temp;

    @Test
    void everyMutatedUploadImportsOrIsRefusedWithAReasonAndARefusalChangesNothing() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:fuzz;DB_CLOSE_DELAY=-1");
        DataSource dataSource = h2;
        Schema.migrate(dataSource);
        DataSetStore store = new DataSetStore(dataSource, "EUR");
        byte[] good = zip(goodDataSet());
        Path upload = temp.resolve("upload.zip");
        Files.write(upload, good);
        store.importDataSet(upload, ImportMode.REPLACE, ImportProgress.NONE);

        Random random = new Random(SEED);
        int imported = 0;
        int refused = 0;
        List<String> reasons = new ArrayList<>();
        for (int i = 0; i < MUTATIONS; i++) {
            byte[] mutated = mutate(good, random);
            Files.write(upload, mutated);
            String before = fingerprint(dataSource);
            ImportMode mode = random.nextInt(4) == 0 ? ImportMode.REPLACE : ImportMode.MERGE;
            try {
                store.importDataSet(upload, mode, ImportProgress.NONE);
                imported++;
                // a mutation that still reads as a good data set may change rows: put the good one back
                Files.write(upload, good);
                store.importDataSet(upload, ImportMode.REPLACE, ImportProgress.NONE);
            } catch (DataSetRejectedException e) {
                refused++;
                assertThat(e.errors()).as("mutation %d", i).isNotEmpty();
                assertThat(fingerprint(dataSource)).as("mutation %d changed the store", i).isEqualTo(before);
            } catch (IOException e) {
                refused++;
                assertThat(e.getMessage()).as("mutation %d: %s", i, e).isNotBlank();
                reasons.add(e.getClass().getSimpleName());
                assertThat(fingerprint(dataSource)).as("mutation %d changed the store", i).isEqualTo(before);
            }
        }
        assertThat(imported + refused).isEqualTo(MUTATIONS);
        assertThat(refused).isPositive();
    }

    private Path goodDataSet() throws URISyntaxException {
        return Path.of(UploadFuzzTest.class.getResource("/datasets/good").toURI());
    }

    private static byte[] zip(Path folder) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                zip.putNextEntry(new ZipEntry(file.getFileName().toString()));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** One of: flip bytes, cut the tail, insert or delete bytes, or rebuild the zip with a hostile entry. */
    private static byte[] mutate(byte[] good, Random random) throws IOException {
        byte[] data = good.clone();
        switch (random.nextInt(6)) {
            case 0 -> {
                for (int k = random.nextInt(8) + 1; k > 0; k--) {
                    data[random.nextInt(data.length)] ^= (byte) (1 << random.nextInt(8));
                }
            }
            case 1 -> data = java.util.Arrays.copyOf(data, random.nextInt(data.length));
            case 2 -> {
                int at = random.nextInt(data.length);
                byte[] noise = new byte[random.nextInt(64) + 1];
                random.nextBytes(noise);
                byte[] longer = new byte[data.length + noise.length];
                System.arraycopy(data, 0, longer, 0, at);
                System.arraycopy(noise, 0, longer, at, noise.length);
                System.arraycopy(data, at, longer, at + noise.length, data.length - at);
                data = longer;
            }
            case 3 -> {
                int at = random.nextInt(data.length);
                int n = Math.min(random.nextInt(64) + 1, data.length - at);
                byte[] shorter = new byte[data.length - n];
                System.arraycopy(data, 0, shorter, 0, at);
                System.arraycopy(data, at + n, shorter, at, data.length - at - n);
                data = shorter;
            }
            case 4 -> {
                byte[] noise = new byte[random.nextInt(2048)];
                random.nextBytes(noise);
                data = noise;
            }
            default -> data = hostileZip(random);
        }
        return data;
    }

    /** A zip with an entry named to escape the data set, twice the same name, or an unknown file. */
    private static byte[] hostileZip(Random random) throws IOException {
        String[] names = {"../accounts.csv", "sub/../../accounts.csv", "/etc/accounts.csv", "C:\\accounts.csv",
            "accounts.csv", "ACCOUNTS.CSV", "accounts.csv\u0000.txt", "deep/deeper/accounts.csv"};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            String name = names[random.nextInt(names.length)];
            zip.putNextEntry(new ZipEntry(name));
            zip.write("account_id,name\nx-1,Hostile\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** Every table's row count and a hash of its rows in key order. */
    private static String fingerprint(DataSource dataSource) throws SQLException {
        StringBuilder print = new StringBuilder();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : List.of("accounts", "contacts", "invitations", "responses", "employee_responses",
                    "contracts", "revenue", "activities", "exchange_rates", "users")) {
                try (ResultSet rows = s.executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
                    int count = 0;
                    int hash = 0;
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        count++;
                        for (int k = 1; k <= columns; k++) {
                            hash = 31 * hash + String.valueOf(rows.getObject(k)).hashCode();
                        }
                    }
                    print.append(table).append('=').append(count).append('/').append(hash).append(' ');
                }
            }
        }
        return print.toString();
    }
}

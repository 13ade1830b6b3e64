package org.accountsuccess.store.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipSourceTest {
    @TempDir
    Path temp;

    @Test
    void theDataSetIsTheFolderThatHoldsAccountsCsv() throws IOException {
        Path zip = zip(Map.of("export/accounts.csv", "account_id,name\n", "export/contacts.csv", "x",
                "export/old/accounts.csv", "y", "readme.txt", "z"));
        try (DataSetSource source = DataSetSource.open(zip, ZipLimits.DEFAULT)) {
            assertThat(source.files()).containsExactly("accounts.csv", "contacts.csv");
            assertThat(source.ignored()).containsExactlyInAnyOrder("export/old/accounts.csv", "readme.txt");
            try (InputStream in = source.open("accounts.csv")) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("account_id,name\n");
            }
        }
    }

    @Test
    void entryNamesThatLeaveTheFolderAreRefused() throws IOException {
        for (String name : new String[] {"../accounts.csv", "data/../../x.csv", "/etc/passwd", "C:/x.csv", "a\\..\\b.csv"}) {
            Path zip = zip(Map.of("accounts.csv", "account_id,name\n", name, "x"));
            assertThatThrownBy(() -> DataSetSource.open(zip, ZipLimits.DEFAULT).close()).as(name)
                    .isInstanceOf(IOException.class).hasMessageContaining("points outside the data set");
        }
    }

    @Test
    void tooManyEntriesAreRefused() throws IOException {
        Path zip = zip(Map.of("accounts.csv", "a", "b.csv", "b", "c.csv", "c"));
        assertThatThrownBy(() -> DataSetSource.open(zip, new ZipLimits(2, 1 << 20, 100)).close())
                .hasMessageContaining("more than 2 entries");
    }

    @Test
    void anEntryThatInflatesBeyondTheLimitsIsRefusedWhileReading() throws IOException {
        Path zip = zip(Map.of("accounts.csv", "account_id,name\n" + "0".repeat(3_000_000)));
        try (DataSetSource source = DataSetSource.open(zip, new ZipLimits(10, 10L << 30, 100));
                InputStream in = source.open("accounts.csv")) {
            assertThatThrownBy(in::readAllBytes).hasMessageContaining("refused as a possible zip bomb");
        }
        assertThatThrownBy(() -> DataSetSource.open(zip, new ZipLimits(10, 1_000, 1_000_000)).close())
                .hasMessageContaining("says it holds 3000016 bytes, more than the limit of 1000");
    }

    private Path zip(Map<String, String> entries) throws IOException {
        Path zip = Files.createTempFile(temp, "set", ".zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return zip;
    }
}

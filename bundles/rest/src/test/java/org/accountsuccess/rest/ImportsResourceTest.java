package org.accountsuccess.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.accountsuccess.api.dataset.DataSetService;
import org.accountsuccess.api.dataset.FileReport;
import org.accountsuccess.api.dataset.ImportMode;
import org.accountsuccess.api.dataset.ImportProgress;
import org.accountsuccess.api.dataset.ImportReport;
import org.accountsuccess.rest.access.ProductRole;
import org.accountsuccess.rest.problem.BadParameterException;
import org.junit.jupiter.api.Test;

class ImportsResourceTest {
    private static final String BOUNDARY = "b0undary";

    /** A store that cannot read what it is given, as the store says of a damaged or hostile zip. */
    private final DataSetService unreadable = new DataSetService() {
        @Override
        public ImportReport importDataSet(Path source, ImportMode mode, ImportProgress progress) throws IOException {
            throw new IOException(source + ": not a readable .zip (zip END header not found)");
        }

        @Override
        public List<FileReport> exportDataSet(Path target) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isEmpty() {
            return false;
        }
    };

    private static ByteArrayInputStream multipart(byte[] file) {
        byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.zip\"\r\n"
                + "Content-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + file.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(file, 0, body, head.length, file.length);
        System.arraycopy(tail, 0, body, head.length + file.length, tail.length);
        return new ByteArrayInputStream(body);
    }

    @Test
    void anUploadTheStoreCannotReadIsA400NamingWhyAndNotTheServersTemporaryFile() {
        ImportsResource resource = new ImportsResource(unreadable);
        PrintStream err = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            assertThatThrownBy(() -> resource.importDataSet(Fixtures.as("alice", ProductRole.ADMIN), "merge",
                    "multipart/form-data; boundary=" + BOUNDARY,
                    multipart("random bytes".getBytes(StandardCharsets.UTF_8))))
                    .isInstanceOfSatisfying(BadParameterException.class, e -> {
                        assertThat(e.parameter()).isEqualTo("file");
                        assertThat(e.getMessage()).isEqualTo(
                                "file: the uploaded file: not a readable .zip (zip END header not found)");
                    });
        } finally {
            System.setErr(err);
        }
        // the audit log names who tried
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("Import by 'alice' refused (12 bytes)");
    }
}

package org.accountsuccess.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ProgressLinesTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final AtomicInteger flushes = new AtomicInteger();
    private final AtomicLong now = new AtomicLong();
    private final ProgressLines lines = new ProgressLines(new PrintStream(new OutputStream() {
        @Override
        public void write(int b) {
            bytes.write(b);
        }

        @Override
        public void flush() {
            flushes.incrementAndGet();
        }
    }, false, StandardCharsets.UTF_8), now::get);

    @Test
    void linesShowRowsTheRateAndWhileWritingTheTimeLeftEachFlushedAtOnce() {
        lines.rowsDone("checking", "accounts.csv", 1);
        now.set(500_000_000L);
        lines.rowsDone("checking", "accounts.csv", 5_000); // fewer than EVERY since the last line: not printed
        lines.rowsDone("checking", "activities.csv", 20_000);
        now.set(1_000_000_000L);
        lines.rowsDone("checking", "activities.csv", 95_000);
        lines.rowsDone("writing", "accounts.csv", 5_000);
        now.set(2_000_000_000L);
        lines.rowsDone("writing", "activities.csv", 15_000);
        now.set(3_000_000_000L);
        lines.rowsDone("writing", "activities.csv", 30_000);

        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("""
                checking accounts.csv: 1 rows
                checking activities.csv: 20000 rows, 50000 rows/s
                checking activities.csv: 95000 rows, 100000 rows/s
                writing accounts.csv: 5000 of 5000 rows
                writing activities.csv: 15000 of 95000 rows, 20000 rows/s, about 0:00:04 left
                writing activities.csv: 30000 of 95000 rows, 17500 rows/s, about 0:00:04 left
                """);
        assertThat(flushes.get()).as("one flush per line").isEqualTo(6);
    }
}

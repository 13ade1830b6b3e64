package org.accountsuccess.console;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

import org.accountsuccess.api.dataset.ImportProgress;

/**
 * Prints an import's progress as lines such as
 * "writing activities.csv: 120000 of 300000 rows, 41000 rows/s, about 0:00:05 left": one when a
 * phase or file starts, then one every {@value #EVERY} rows, each flushed at once so a remote
 * console ({@code bin/client -b}) shows it live. The rate is that of the phase so far; the time
 * left is the writing phase's, from the row counts the checking phase found (unknown while checking).
 */
final class ProgressLines implements ImportProgress {
    static final long EVERY = 10_000;
    /** Below this much of a phase a rate says nothing yet. */
    private static final long MIN_NANOS_FOR_A_RATE = 200_000_000L;

    private final PrintStream out;
    private final LongSupplier nanoTime;
    /** Rows per file the checking phase counted: the writing phase's totals. */
    private final Map<String, Long> checked = new HashMap<>();
    /** Rows per file of the current phase so far. */
    private final Map<String, Long> done = new HashMap<>();
    private String phase = "";
    private long phaseStart;
    private String current = "";
    private long printedAt;

    ProgressLines(PrintStream out, LongSupplier nanoTime) {
        this.out = out;
        this.nanoTime = nanoTime;
    }

    @Override
    public void rowsDone(String phase, String file, long rows) {
        long now = nanoTime.getAsLong();
        if (!phase.equals(this.phase)) {
            this.phase = phase;
            phaseStart = now;
            done.clear();
        }
        done.put(file, rows);
        if (phase.equals("checking")) {
            checked.put(file, rows);
        }
        String step = phase + " " + file;
        if (!step.equals(current) || rows - printedAt >= EVERY) {
            out.println(step + ": " + rows + total(file) + rate(now));
            out.flush();
            current = step;
            printedAt = rows;
        }
    }

    private String total(String file) {
        Long total = checked.get(file);
        return phase.equals("writing") && total != null ? " of " + total + " rows" : " rows";
    }

    private String rate(long now) {
        long nanos = now - phaseStart;
        if (nanos < MIN_NANOS_FOR_A_RATE) {
            return "";
        }
        long rows = done.values().stream().mapToLong(Long::longValue).sum();
        double perSecond = rows * 1e9 / nanos;
        String rate = ", " + Math.round(perSecond) + " rows/s";
        if (!phase.equals("writing") || perSecond <= 0) {
            return rate;
        }
        long left = checked.values().stream().mapToLong(Long::longValue).sum() - rows;
        long seconds = Math.round(Math.max(0, left) / perSecond);
        return rate + String.format(", about %d:%02d:%02d left", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}

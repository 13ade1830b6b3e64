package org.accountsuccess.store.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.accountsuccess.api.dataset.ImportMode;
import org.accountsuccess.api.dataset.ImportProgress;
import org.accountsuccess.api.dataset.RowError;
import org.accountsuccess.store.jdbc.ResultStream;

/**
 * The checking pass of an import. Reads every file once, as a stream, and checks every value,
 * every key for duplicates and every reference; keeps only the key sets of the files that others
 * reference, so a file of a million rows never sits in memory. A reference resolves to a row of
 * the data set or, in a merge, to a row already stored; a currency resolves to the base currency
 * or to an exchange rate.
 */
final class DataSetCheck {
    static final String PHASE = "checking";
    static final int PROGRESS_EVERY = 10_000;

    private final DataSource dataSource;
    private final String baseCurrency;
    private final ImportMode mode;
    private final ImportProgress progress;
    private final RowErrors errors = new RowErrors();
    private final List<String> warnings = new ArrayList<>();
    /** Keys of the data set's files that other files reference; absent for a file not in the data set. */
    private final Map<String, Set<String>> keys = new HashMap<>();
    /** Keys already stored, loaded once per referenced table in a merge (all referenced files have a one-column key). */
    private final Map<String, Set<String>> storedKeys = new HashMap<>();
    /** Files whose keys are not all known (unreadable header, malformed CSV): references to them are not checked. */
    private final Set<String> incomplete = new HashSet<>();

    /** What the check found. */
    record Outcome(List<RowError> errors, List<String> warnings) {
        boolean accepted() {
            return errors.isEmpty();
        }
    }

    DataSetCheck(DataSource dataSource, String baseCurrency, ImportMode mode, ImportProgress progress) {
        this.dataSource = dataSource;
        this.baseCurrency = baseCurrency;
        this.mode = mode;
        this.progress = progress;
    }

    Outcome run(DataSetSource source) throws IOException {
        for (String name : source.files()) {
            if (DataFiles.named(name).isEmpty()) {
                warnings.add(name + ": not a file of the data-set format; ignored");
            }
        }
        source.ignored().forEach(name -> warnings.add(name + ": not a file of the data set's folder; ignored"));
        if (!source.files().contains(DataFiles.REQUIRED.name())) {
            errors.add(new RowError(DataFiles.REQUIRED.name(), 0, null, null, "the data set has no "
                    + DataFiles.REQUIRED.name() + "; it is required"));
        }
        for (DataFile file : DataFiles.ALL) {
            if (source.files().contains(file.name())) {
                try (InputStream in = source.open(file.name())) {
                    check(file, in);
                }
            }
        }
        return new Outcome(errors.list(), warnings);
    }

    private void check(DataFile file, InputStream in) throws IOException {
        boolean referenced = DataFiles.ALL.stream().flatMap(f -> f.references().stream())
                .anyMatch(reference -> reference.file().equals(file.name()));
        Set<String> fileKeys = new HashSet<>();
        if (referenced) {
            keys.put(file.name(), fileKeys);
        }
        List<Pending> forward = new ArrayList<>();
        long rows = 0;
        try (DataFileReader reader = new DataFileReader(file, in, errors, baseCurrency)) {
            if (!reader.unknownColumns().isEmpty()) {
                warnings.add(file.name() + ": unknown columns ignored: " + String.join(", ", reader.unknownColumns()));
            }
            for (DataRow row = reader.next(); row != null; row = reader.next()) {
                String key = row.key();
                if (key != null && !fileKeys.add(key)) {
                    String column = file.key().get(file.key().size() - 1); // the id, or the period of revenue
                    errors.add(new RowError(file.name(), row.line(), column,
                            file.column(column).type().format(row.get(column)), duplicateReason(file)));
                }
                for (Reference reference : file.references()) {
                    String value = (String) row.get(reference.column());
                    if (value == null || resolves(reference, value)) {
                        continue;
                    }
                    if (reference.file().equals(file.name())) {
                        forward.add(new Pending(row.line(), reference, value)); // may name a row further down
                    } else {
                        errors.add(unresolved(file, row.line(), reference, value));
                    }
                }
                if (++rows % PROGRESS_EVERY == 0) {
                    progress.rowsDone(PHASE, file.name(), rows);
                }
            }
            if (!reader.readable()) {
                incomplete.add(file.name());
            }
        }
        for (Pending pending : forward) {
            if (!resolves(pending.reference(), pending.value())) {
                errors.add(unresolved(file, pending.line(), pending.reference(), pending.value()));
            }
        }
        progress.rowsDone(PHASE, file.name(), rows);
    }

    /** A reference to a row further down its own file, checked once the whole file is read. */
    private record Pending(long line, Reference reference, String value) {
    }

    private boolean resolves(Reference reference, String value) {
        String target = reference.file();
        if (incomplete.contains(target)) {
            return true; // the target file's own errors explain it
        }
        if (target.equals(DataFiles.EXCHANGE_RATES.name()) && value.equals(baseCurrency)) {
            return true;
        }
        Set<String> dataSetKeys = keys.get(target);
        if (dataSetKeys != null && dataSetKeys.contains(value)) {
            return true;
        }
        return mode == ImportMode.MERGE && stored(DataFiles.named(target).orElseThrow()).contains(value);
    }

    private RowError unresolved(DataFile file, long line, Reference reference, String value) {
        DataFile target = DataFiles.named(reference.file()).orElseThrow();
        String where = target.name() + (mode == ImportMode.MERGE ? " or in the store" : "");
        String reason = target == DataFiles.EXCHANGE_RATES
                ? "no exchange rate for this currency in " + where + " (the base currency is " + baseCurrency + ")"
                : "no " + target.noun() + " with this id in " + where;
        return new RowError(file.name(), line, reference.column(), value, reason);
    }

    private static String duplicateReason(DataFile file) {
        return file.key().size() == 1 ? "the " + file.key().get(0) + " appears on an earlier line too"
                : "the same " + String.join(" and ", file.key()) + " appear on an earlier line too";
    }

    private Set<String> stored(DataFile file) {
        return storedKeys.computeIfAbsent(file.name(), name -> {
            try (Stream<String> stored = ResultStream.open(dataSource, "SELECT " + file.key().get(0) + " FROM "
                    + file.table(), List.of(), row -> row.getString(1))) {
                return stored.collect(Collectors.toCollection(HashSet::new));
            }
        });
    }
}

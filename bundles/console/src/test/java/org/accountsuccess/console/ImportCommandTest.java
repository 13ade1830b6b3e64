package org.accountsuccess.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.List;

import org.accountsuccess.api.dataset.ImportMode;
import org.accountsuccess.api.dataset.RowError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
    @TempDir
    Path folder;

    private final FakeDataSets store = new FakeDataSets();
    private final ImportCommand command = new ImportCommand();

    ImportCommandTest() {
        command.dataSets = store;
        command.nanoTime = () -> 0L; // no time passes: no rates in the lines
    }

    @Test
    void mergesAndPrintsProgressTheReportAndWarnings() throws Exception {
        command.path = folder.toString();

        assertThat(Console.run(command)).isEqualTo("Importing " + folder + " (merge)\n" + """
                checking activities.csv: 1 rows
                checking activities.csv: 10001 rows
                checking activities.csv: 20001 rows
                writing accounts.csv: 200 rows
                File           |  Rows | Inserted | Updated | Unchanged
                ---------------+-------+----------+---------+----------
                accounts.csv   |   200 |        3 |       1 |       196
                activities.csv | 25000 |    25000 |       0 |         0
                Imported 25200 rows
                Warning: accounts.csv: unknown column 'fax' ignored
                """);
        assertThat(store.modes).containsExactly(ImportMode.MERGE);
        assertThat(store.paths).containsExactly(folder);
    }

    @Test
    void aMeasuredImportEndsWithItsTimeAndRate() throws Exception {
        command.path = folder.toString();
        store.millis = 2_000;

        assertThat(Console.run(command)).contains("\nImported 25200 rows in 2.0 s, 12600 rows/s\n");
    }

    @Test
    void replaceReplaces() throws Exception {
        command.path = folder.toString();
        command.replace = true;

        assertThat(Console.run(command)).startsWith("Importing " + folder + " (replace)");
        assertThat(store.modes).containsExactly(ImportMode.REPLACE);
    }

    @Test
    void aRejectedDataSetListsEveryErrorAndSaysNothingChanged() {
        store.rejection = List.of(new RowError("contacts.csv", 12, "role", "X", "must be A, B or C"),
                new RowError("responses.csv", 7, "score", "11", "outside 0..10"),
                new RowError("contracts.csv", 0, null, null, "file is not UTF-8"));
        command.path = folder.toString();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        command.out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        assertThatThrownBy(command::execute).isInstanceOf(InputException.class)
                .hasMessage("data set rejected with 3 error(s): nothing was changed");
        assertThat(bytes.toString(StandardCharsets.UTF_8)).endsWith("""
                File          | Line | Column | Value | Reason
                --------------+------+--------+-------+------------------
                contacts.csv  |   12 | role   | X     | must be A, B or C
                responses.csv |    7 | score  | 11    | outside 0..10
                contracts.csv |    - | n/a    |       | file is not UTF-8
                """);
    }

    @Test
    void aMissingPathOrStoreIsAnsweredInOneLine() {
        command.path = folder.resolve("nope").toString();
        assertThatThrownBy(() -> Console.run(command))
                .hasMessage("path: " + folder.resolve("nope") + " does not exist");

        store.failure = new AccessDeniedException(folder.toString());
        command.path = folder.toString();
        assertThatThrownBy(() -> Console.run(command))
                .hasMessage("could not read " + folder + ": AccessDeniedException " + folder);

        command.dataSets = null;
        assertThatThrownBy(() -> Console.run(command)).isInstanceOf(InputException.class)
                .hasMessageStartingWith("no data set store is running");
    }
}

package org.accountsuccess.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    @TempDir
    Path folder;

    private final FakeDataSets store = new FakeDataSets();
    private final ExportCommand command = new ExportCommand();

    ExportCommandTest() {
        command.dataSets = store;
    }

    @Test
    void writesAndListsTheFiles() throws Exception {
        command.path = folder.resolve("backup.zip").toString();

        assertThat(Console.run(command)).isEqualTo("""
                File         | Rows
                -------------+-----
                accounts.csv |  200
                contacts.csv | 1174
                Exported 1374 rows in 2 file(s) to\s""" + folder.resolve("backup.zip") + "\n");
        assertThat(store.paths).containsExactly(folder.resolve("backup.zip"));
    }

    @Test
    void aRelativePathIsMadeAbsolute() throws Exception {
        command.path = "exports/../out";

        Console.run(command);

        assertThat(store.paths).containsExactly(Path.of("out").toAbsolutePath());
    }

    @Test
    void withoutAStoreItSaysWhy() {
        command.dataSets = null;
        command.path = folder.toString();

        assertThatThrownBy(() -> Console.run(command)).isInstanceOf(InputException.class)
                .hasMessage("no data set store is running: import and export need a host that stores the data"
                        + " itself, such as the standalone store");
    }
}

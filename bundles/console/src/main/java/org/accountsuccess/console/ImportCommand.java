package org.accountsuccess.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.accountsuccess.api.dataset.DataSetRejectedException;
import org.accountsuccess.api.dataset.DataSetService;
import org.accountsuccess.api.dataset.FileReport;
import org.accountsuccess.api.dataset.ImportMode;
import org.accountsuccess.api.dataset.ImportReport;
import org.accountsuccess.api.dataset.RowError;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;

/** {@code as:import}: takes a data set into the store, all or nothing. */
@Command(scope = ConsoleCommand.SCOPE, name = "import",
        description = "Imports a data set (a folder or a .zip in the file form of data-format.md) into the store,"
                + " all or nothing: rows are merged by id, or with --replace everything stored is replaced")
@Service
public class ImportCommand extends DataSetCommand {

    @Argument(name = "path", description = "The folder or .zip to import", required = true)
    @Completion(FileCompleter.class)
    String path;

    @Option(name = "--replace", description = "Replace everything stored instead of merging by id")
    boolean replace;

    @Override
    public Object execute() {
        DataSetService store = store();
        Path source = resolve(path);
        if (!Files.exists(source)) {
            throw new InputException("path: " + source + " does not exist");
        }
        ImportMode mode = replace ? ImportMode.REPLACE : ImportMode.MERGE;
        out.println("Importing " + source + " (" + Display.code(mode) + ")");
        ImportReport report;
        try {
            report = store.importDataSet(source, mode, new ProgressLines(out));
        } catch (IOException e) {
            throw new InputException("could not read " + source + ": " + reason(e));
        } catch (DataSetRejectedException e) {
            Table errors = new Table().column("File").number("Line").column("Column").column("Value", 40)
                    .column("Reason", 60);
            for (RowError error : e.errors()) {
                errors.row(error.file(), error.line() > 0 ? error.line() : "-", Display.text(error.column()),
                        error.value() == null ? "" : Display.text(error.value()), Display.text(error.reason()));
            }
            errors.print(out);
            throw new InputException("data set rejected with " + e.errors().size()
                    + " error(s): nothing was changed");
        }
        Table files = new Table().column("File").number("Rows").number("Inserted").number("Updated")
                .number("Unchanged");
        for (FileReport file : report.files()) {
            files.row(file.file(), file.rows(), file.inserted(), file.updated(), file.unchanged());
        }
        figuresFollow();
        files.print(out);
        report.warnings().forEach(w -> out.println("Warning: " + w));
        return null;
    }
}

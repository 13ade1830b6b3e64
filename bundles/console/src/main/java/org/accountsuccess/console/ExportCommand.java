package org.accountsuccess.console;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.accountsuccess.api.dataset.FileReport;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;

/** {@code as:export}: writes everything stored as a data set. */
@Command(scope = ConsoleCommand.SCOPE, name = "export",
        description = "Exports everything stored as a data set in the file form of data-format.md: into a folder,"
                + " or as a zip when the path ends in .zip")
@Service
public class ExportCommand extends DataSetCommand {

    @Argument(name = "path", description = "The folder (or .zip file) to write", required = true)
    @Completion(FileCompleter.class)
    String path;

    @Override
    public Object execute() {
        Path target = resolve(path);
        List<FileReport> files;
        try {
            files = store().exportDataSet(target);
        } catch (IOException e) {
            throw new InputException("could not write " + target + ": " + reason(e));
        }
        Table table = new Table().column("File").number("Rows");
        files.forEach(f -> table.row(f.file(), f.rows()));
        table.print(out);
        out.println("Exported " + files.stream().mapToLong(FileReport::rows).sum() + " rows in " + files.size()
                + " file(s) to " + target);
        return null;
    }
}

package org.accountsuccess.console;

import org.apache.karaf.shell.api.action.Option;

/**
 * A command that shows figures: it asks the services for a record, then prints it as tables, or
 * with {@code --json} as the record itself in JSON.
 *
 * @param <R> what the command computes
 */
abstract class FigureCommand<R> extends ConsoleCommand {

    @Option(name = "--json", description = "Print the figures as JSON (the api record, unrounded) instead of tables")
    boolean json;

    @Override
    public final Object execute() {
        R figures = figures();
        if (json) {
            out.println(ConsoleJson.write(json(figures)));
        } else {
            print(figures);
        }
        return null;
    }

    /** Computes the figures; throws {@link InputException} on bad input. */
    abstract R figures();

    /** Prints the figures as tables. */
    abstract void print(R figures);

    /** What {@code --json} prints: the figures themselves unless a command says otherwise. */
    Object json(R figures) {
        return figures;
    }
}

package org.accountsuccess.console;

import java.io.PrintStream;

import org.apache.karaf.shell.support.table.ShellTable;

/** An aligned console table (Karaf's {@link ShellTable}) with the few column kinds the commands use. */
final class Table {
    private final ShellTable table = new ShellTable();

    /** A two-column table without headers: one figure per row, its name then its value. */
    static Table figures() {
        Table figures = new Table().column("figure").column("value");
        figures.table.noHeaders();
        return figures;
    }

    Table column(String header) {
        table.column(header);
        return this;
    }

    /** A column of free text, cut at {@code width} characters. */
    Table column(String header, int width) {
        table.column(header).maxSize(width);
        return this;
    }

    /** A right-aligned column, for numbers. */
    Table number(String header) {
        table.column(header).alignRight();
        return this;
    }

    /** The line printed instead of an empty table. */
    Table whenEmpty(String text) {
        table.emptyTableText(text);
        return this;
    }

    Table row(Object... cells) {
        table.addRow().addContent(cells);
        return this;
    }

    void print(PrintStream out) {
        table.print(out);
    }
}

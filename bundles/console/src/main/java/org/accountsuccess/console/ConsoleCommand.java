package org.accountsuccess.console;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Action;

/**
 * What every command of the {@code as} scope shares: where it prints and what "today" is. Both
 * are fields so a test can capture the output and fix the date.
 */
abstract class ConsoleCommand implements Action {
    /** The scope of every Account Success command. */
    static final String SCOPE = "as";

    PrintStream out = System.out;
    Clock clock = Clock.systemDefaultZone();

    LocalDate today() {
        return LocalDate.now(clock);
    }
}

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
    /** The feature of the webhook commands. */
    static final String WEBHOOKS = "account-success-webhooks";
    /** The feature of the API token commands. */
    static final String REST = "account-success-rest";

    PrintStream out = System.out;
    Clock clock = Clock.systemDefaultZone();

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * A service of an optional feature. Karaf registers none of a bundle's commands while one of
     * their mandatory references is missing, so commands of optional features reference their
     * service as optional and say here which feature brings it.
     */
    /** Who runs a command, for the audit: {@code console:<user>} of the shell session. */
    static String consoleUser(org.apache.karaf.shell.api.console.Session session) {
        Object user = session == null ? null : session.get("USER");
        return user == null ? "console" : "console:" + user;
    }

    static <T> T installed(T service, String feature) {
        if (service == null) {
            throw new InputException("this command needs the feature " + feature + ": feature:install " + feature);
        }
        return service;
    }
}

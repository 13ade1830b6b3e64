package org.accountsuccess.console;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs a command the way the console would, on the known day, and answers what it printed. */
final class Console {
    private Console() {
    }

    static String run(ConsoleCommand command) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        command.out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        command.clock = KnownFigures.CLOCK;
        command.execute();
        return bytes.toString(StandardCharsets.UTF_8);
    }
}

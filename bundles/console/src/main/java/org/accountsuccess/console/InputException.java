package org.accountsuccess.console;

/**
 * Bad input to a command: a malformed date, an inverted window, an unknown account. The console
 * shows the message as one line ("Error executing command: ..."), without a stack trace.
 */
public class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }
}

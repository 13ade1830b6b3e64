package org.accountsuccess.tryton.rpc;

/** Tryton answered a call with an error (a user error, a refused access, an unknown method). */
public class TrytonException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TrytonException(String message) {
        super(message);
    }

    public TrytonException(String message, Throwable cause) {
        super(message, cause);
    }
}

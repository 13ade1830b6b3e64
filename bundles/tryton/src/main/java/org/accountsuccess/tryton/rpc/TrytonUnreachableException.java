package org.accountsuccess.tryton.rpc;

/**
 * Tryton could not be reached, or kept failing, after every retry: a connection error, a timeout or
 * a 5xx answer. Whether a write went through is unknown.
 */
public class TrytonUnreachableException extends TrytonException {
    private static final long serialVersionUID = 1L;

    public TrytonUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.accountsuccess.store.jdbc;

/** The store's database failed to answer; the message names the statement. */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}

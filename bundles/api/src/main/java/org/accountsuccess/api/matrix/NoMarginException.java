package org.accountsuccess.api.matrix;

/** The matrix was asked on margin, and the host gives no margin figure for the selected accounts and months. */
public class NoMarginException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NoMarginException(String message) {
        super(message);
    }
}

package org.accountsuccess.host.spi;

/**
 * Thrown by a port when the host cannot be reached and there is no data to answer from, so that
 * no figure is computed from nothing. The message says which host and why.
 */
public class HostUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public HostUnavailableException(String message) {
        super(message);
    }
}

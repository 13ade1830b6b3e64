package org.accountsuccess.rest.problem;

/** The request is well-formed but the state does not allow it now (a replay to an endpoint not configured): 409. */
public class ConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String detail) {
        super(detail);
    }
}

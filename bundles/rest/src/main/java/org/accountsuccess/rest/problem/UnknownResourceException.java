package org.accountsuccess.rest.problem;

/** No such thing (other than an account, see {@link AccountNotFoundException}) at this path: 404. */
public class UnknownResourceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnknownResourceException(String detail) {
        super(detail);
    }
}

package org.accountsuccess.rest.problem;

/** The caller is authenticated but their roles do not allow this request: 403. */
public class AccessDeniedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String detail) {
        super(detail);
    }
}

package org.accountsuccess.rest.problem;

/** A request parameter is malformed or out of range: 400, naming the parameter. */
public class BadParameterException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String parameter;

    public BadParameterException(String parameter, String detail) {
        super(detail);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}

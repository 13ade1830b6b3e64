package org.accountsuccess.api.simulation;

/** A scenario that cannot be simulated; {@link #field()} names the offending field, such as {@code moves[1].share}. */
public class InvalidScenarioException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public InvalidScenarioException(String field, String detail) {
        super(field + ": " + detail);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

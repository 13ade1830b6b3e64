package org.accountsuccess.api.dataset;

import java.util.List;

/** A data set was refused: nothing was changed. Carries every bad row, not just the first. */
public class DataSetRejectedException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<RowError> errors;

    public DataSetRejectedException(List<RowError> errors) {
        super(summary(errors));
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }

    private static String summary(List<RowError> errors) {
        return "data set rejected, nothing changed: " + errors.size() + " error(s)"
                + (errors.isEmpty() ? "" : "; first: " + errors.get(0));
    }
}

package org.accountsuccess.api.matrix;

/** A quadrant of the success matrix and what to do with its accounts. */
public enum Quadrant {
    /** High value, account NPS >= 0. */
    GROW_AND_REFERENCE("grow and reference"),
    /** High value, account NPS < 0. */
    FIREFIGHT("firefight"),
    /** Low value, account NPS >= 0. */
    DEVELOP("develop"),
    /** Low value, account NPS < 0. */
    FIX_OR_AUTOMATE("fix or automate");

    private final String action;

    Quadrant(String action) {
        this.action = action;
    }

    /** The action, in the words of metrics.md. */
    public String action() {
        return action;
    }

    /** The quadrant of a value (high when at or above the split) and an account NPS (split at 0). */
    public static Quadrant of(boolean highValue, double accountNps) {
        if (highValue) {
            return accountNps >= 0 ? GROW_AND_REFERENCE : FIREFIGHT;
        }
        return accountNps >= 0 ? DEVELOP : FIX_OR_AUTOMATE;
    }
}

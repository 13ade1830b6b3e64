package org.accountsuccess.api.followup;

/** A change named a version of the follow-up that is not the current one: someone changed it meanwhile. */
public class StaleFollowUpException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long current;

    public StaleFollowUpException(String followUpId, long seen, long current) {
        super("follow-up '" + followUpId + "' is at version " + current + ", not " + seen
                + ": someone changed it meanwhile; reload it and apply the change again");
        this.current = current;
    }

    /** The follow-up's current version. */
    public long current() {
        return current;
    }
}

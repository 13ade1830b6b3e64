package org.accountsuccess.host.spi;

/** A contact's role in the buying centre of their account. */
public enum Role {
    /** Decision maker. */
    A,
    /** Influencer. */
    B,
    /** User. */
    C;

    /** The role in words, for people. */
    public String label() {
        return switch (this) {
            case A -> "decision maker";
            case B -> "influencer";
            case C -> "user";
        };
    }
}

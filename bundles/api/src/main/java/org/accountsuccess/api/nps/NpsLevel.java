package org.accountsuccess.api.nps;

/** What one unit of an NPS figure is. */
public enum NpsLevel {
    /** Every valid response in the window counts. */
    RESPONSE,
    /** Each contact's latest response in the window counts once. */
    CONTACT,
    /**
     * Each account with a counted response counts once, by its account loyalty class (promoter
     * account, passive account, detractor account) from the role-weighted account NPS.
     */
    ACCOUNT
}

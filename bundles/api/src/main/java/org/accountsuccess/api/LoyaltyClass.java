package org.accountsuccess.api;

/** The class of a respondent (by score) or of an account (by account NPS). */
public enum LoyaltyClass {
    /** Score 9-10; an account with account NPS >= 30 (by default). */
    PROMOTER,
    /** Score 7-8; an account between the two thresholds. */
    PASSIVE,
    /** Score 0-6; an account with account NPS < 0 (by default). */
    DETRACTOR,
    /** Invited (or known) but without a counted response in the window. */
    NON_RESPONDER
}

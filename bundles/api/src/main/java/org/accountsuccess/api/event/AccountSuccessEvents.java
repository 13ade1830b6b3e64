package org.accountsuccess.api.event;

/**
 * Topics and property names of the events Account Success posts on Event Admin. Every event
 * carries {@link #EVENT_ID} (stable: the same fact never gets two ids, so a handler can drop
 * repeats) and {@link #OCCURRED_AT}; every event about an account (all but
 * {@link #DATASET_IMPORTED}) carries {@link #ACCOUNT_ID}. Subscribe to {@code org/accountsuccess/*}
 * for all of them.
 *
 * <p>Delivery is at least once: the product records a fact and the event in one transaction, then
 * posts the event and marks it posted; after a crash in between, the event is posted again with
 * the same {@link #EVENT_ID}.
 */
public final class AccountSuccessEvents {
    /** A new survey response arrived. Adds RESPONSE_ID, CONTACT_ID, SCORE, LOYALTY_CLASS, ANSWERED_AT. */
    public static final String RESPONSE_ARRIVED = "org/accountsuccess/response/ARRIVED";
    /** An account's health band changed. Adds PREVIOUS_BAND, BAND, HEALTH_SCORE. */
    public static final String BAND_CHANGED = "org/accountsuccess/account/BAND_CHANGED";
    /** A follow-up of the closed loop passed its due date without being done. Adds RESPONSE_ID, ASSIGNEE, KIND, DUE_DATE. */
    public static final String FOLLOW_UP_OVERDUE = "org/accountsuccess/followup/OVERDUE";
    /** A contract entered the renewal window. Adds CONTRACT_ID, END_DATE, MRR, CURRENCY. */
    public static final String RENEWAL_WINDOW_ENTERED = "org/accountsuccess/renewal/WINDOW_ENTERED";

    /**
     * A data set was imported into the standalone store (committed). Adds IMPORT_MODE. It has no
     * ACCOUNT_ID: it concerns the tenant. The closed loop sweeps on it.
     */
    public static final String DATASET_IMPORTED = "org/accountsuccess/dataset/IMPORTED";

    /** String: a stable id of the fact, for example {@code response-arrived:r-1001}. */
    public static final String EVENT_ID = "eventId";
    /** String: the account the event is about. */
    public static final String ACCOUNT_ID = "accountId";
    /** String, ISO-8601 instant: when the product noticed the fact. */
    public static final String OCCURRED_AT = "occurredAt";
    /** String. */
    public static final String RESPONSE_ID = "responseId";
    /** String. */
    public static final String CONTACT_ID = "contactId";
    /** Integer 0..10. */
    public static final String SCORE = "score";
    /** String: PROMOTER, PASSIVE or DETRACTOR. */
    public static final String LOYALTY_CLASS = "loyaltyClass";
    /** String, ISO-8601 instant. */
    public static final String ANSWERED_AT = "answeredAt";
    /** String: GREEN, YELLOW or RED, or absent when the account had no band before. */
    public static final String PREVIOUS_BAND = "previousBand";
    /** String: GREEN, YELLOW or RED. */
    public static final String BAND = "band";
    /** Double 0..100. */
    public static final String HEALTH_SCORE = "healthScore";
    /** String: the user id the follow-up is assigned to; absent when the account has no owner. */
    public static final String ASSIGNEE = "assignee";
    /** String: CALL_BACK, ENGAGE or THANK_AND_ASK_REFERRAL. */
    public static final String KIND = "kind";
    /** String, ISO-8601 date. */
    public static final String DUE_DATE = "dueDate";
    /** String. */
    public static final String CONTRACT_ID = "contractId";
    /** String, ISO-8601 date: the contract's last covered day. */
    public static final String END_DATE = "endDate";
    /** String: a decimal number, the contract's MRR in its own currency. */
    public static final String MRR = "mrr";
    /** String: ISO 4217. */
    public static final String CURRENCY = "currency";
    /** String: MERGE or REPLACE. */
    public static final String IMPORT_MODE = "importMode";

    private AccountSuccessEvents() {
    }
}

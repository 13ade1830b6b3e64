package org.accountsuccess.benchmarks.tenant;

/**
 * How big a generated tenant is. Every total is exact; how contacts, responses and activities
 * spread over accounts and contacts is random (bigger accounts have more of them). Every account
 * has three contracts, telling one of a few contract stories (renewals, expansion, churn, ...).
 */
public enum TenantSize {
    S(1_000, 10, 3, 100),
    M(20_000, 10, 3, 100),
    L(100_000, 10, 6, 200);

    static final int CONTRACTS_PER_ACCOUNT = 3;

    private final int accounts;
    private final int contactsPerAccount;
    private final int responsesPerContact;
    private final int activitiesPerAccount;

    TenantSize(int accounts, int contactsPerAccount, int responsesPerContact, int activitiesPerAccount) {
        this.accounts = accounts;
        this.contactsPerAccount = contactsPerAccount;
        this.responsesPerContact = responsesPerContact;
        this.activitiesPerAccount = activitiesPerAccount;
    }

    public int accounts() {
        return accounts;
    }

    public int contacts() {
        return accounts * contactsPerAccount;
    }

    public int responses() {
        return contacts() * responsesPerContact;
    }

    public int contracts() {
        return accounts * CONTRACTS_PER_ACCOUNT;
    }

    public int activities() {
        return accounts * activitiesPerAccount;
    }
}

package org.accountsuccess.benchmarks.tenant;

/**
 * A generated tenant, column by column, in primitive arrays: no record object per row.
 *
 * <p>Rows are grouped by their owner: contacts, contracts and activities by account, responses and
 * invitations by contact. The rows of owner {@code o} are {@code [byOwner[o], byOwner[o + 1])},
 * so one account's rows are found without scanning the tenant. Ids are not stored: a row's id is
 * its kind's prefix and its row index ({@link IdKind}). Times are epoch seconds, dates epoch days,
 * money cents. Coded text columns hold an index into a {@link Vocabulary} list.
 */
final class Tenant {
    final Accounts accounts;
    final Contacts contacts;
    final Responses responses;
    final Invitations invitations;
    final Contracts contracts;
    final Activities activities;

    Tenant(Accounts accounts, Contacts contacts, Responses responses, Invitations invitations, Contracts contracts,
            Activities activities) {
        this.accounts = accounts;
        this.contacts = contacts;
        this.responses = responses;
        this.invitations = invitations;
        this.contracts = contracts;
        this.activities = activities;
    }

    /** The number of rows that owner offsets cover: owner {@code o}'s rows are {@code [offsets[o], offsets[o + 1])}. */
    static int count(int[] offsets) {
        return offsets[offsets.length - 1];
    }

    static final class Accounts {
        final int count;
        final byte[] tier;
        final byte[] segment;
        final byte[] industry;
        final byte[] country;
        /** Index into {@link Vocabulary#CURRENCIES}; {@link Vocabulary#NONE} is the base currency. */
        final byte[] currency;
        /** Owner user number, -1 for none. */
        final int[] owner;
        /** Parent account row, -1 for none. */
        final int[] parent;

        Accounts(int count) {
            this.count = count;
            tier = new byte[count];
            segment = new byte[count];
            industry = new byte[count];
            country = new byte[count];
            currency = new byte[count];
            owner = new int[count];
            parent = new int[count];
        }
    }

    static final class Contacts {
        final int[] byAccount;
        final int count;
        /** {@link org.accountsuccess.host.spi.Role} ordinal. */
        final byte[] role;
        final boolean[] active;

        Contacts(int[] byAccount) {
            this.byAccount = byAccount;
            count = count(byAccount);
            role = new byte[count];
            active = new boolean[count];
        }
    }

    /** Sorted by time within each contact. */
    static final class Responses {
        final int[] byContact;
        final int count;
        final int[] contact;
        final int[] answeredAt;
        final byte[] score;
        final byte[] survey;
        /** Up to two {@link Vocabulary#DRIVERS}: low and high nibble, each index + 1 (0 for none). */
        final byte[] drivers;

        Responses(int[] byContact) {
            this.byContact = byContact;
            count = count(byContact);
            contact = new int[count];
            answeredAt = new int[count];
            score = new byte[count];
            survey = new byte[count];
            drivers = new byte[count];
        }
    }

    static final class Invitations {
        final int[] byContact;
        final int count;
        final int[] contact;
        final int[] sentAt;
        final byte[] survey;

        Invitations(int[] byContact) {
            this.byContact = byContact;
            count = count(byContact);
            contact = new int[count];
            sentAt = new int[count];
            survey = new byte[count];
        }
    }

    static final class Contracts {
        /** The last day of an evergreen contract. */
        static final int EVERGREEN = Integer.MIN_VALUE;

        final int[] byAccount;
        final int count;
        final int[] account;
        final int[] startDay;
        /** Last covered day, or {@link #EVERGREEN}. */
        final int[] endDay;
        final long[] mrrCents;
        final byte[] currency;
        final boolean[] autoRenew;
        /** The contract row this one renews, -1 for none. */
        final int[] renewalOf;
        final byte[] product;

        Contracts(int[] byAccount) {
            this.byAccount = byAccount;
            count = count(byAccount);
            account = new int[count];
            startDay = new int[count];
            endDay = new int[count];
            mrrCents = new long[count];
            currency = new byte[count];
            autoRenew = new boolean[count];
            renewalOf = new int[count];
            product = new byte[count];
        }
    }

    /** Sorted by time within each account. */
    static final class Activities {
        final int[] byAccount;
        final int count;
        final int[] occurredAt;
        /** Contact row, -1 for none. */
        final int[] contact;
        /** {@link org.accountsuccess.host.spi.ActivityType} ordinal. */
        final byte[] type;
        /** {@link org.accountsuccess.host.spi.Activity.Direction} ordinal + 1, 0 for none; likewise status and severity. */
        final byte[] direction;
        final byte[] status;
        final byte[] severity;

        Activities(int[] byAccount) {
            this.byAccount = byAccount;
            count = count(byAccount);
            occurredAt = new int[count];
            contact = new int[count];
            type = new byte[count];
            direction = new byte[count];
            status = new byte[count];
            severity = new byte[count];
        }
    }
}

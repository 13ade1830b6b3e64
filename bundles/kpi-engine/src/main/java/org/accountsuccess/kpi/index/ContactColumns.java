package org.accountsuccess.kpi.index;

import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.accountsuccess.host.spi.Contact;
import org.accountsuccess.host.spi.Role;

/**
 * Every contact, grouped by account: the contacts of account code {@code a} are the rows
 * {@code [byAccount[a], byAccount[a + 1])}, and a contact's row is its code in {@code ids}.
 */
final class ContactColumns {
    private static final Role[] ROLES = Role.values();

    /** Contact ids; codes past the last contact row name contacts that survey records mention but the directory lacks. */
    final Dictionary<String> ids;
    final int[] byAccount;
    private final int rows;
    private final int[] account;
    private final TextColumn names;
    private final TextColumn emails;
    private final TextColumn titles;
    private final byte[] role;
    private final byte[] active;
    private final Dictionary<String> accountIds;

    private ContactColumns(Builder built, Grouping grouping, Dictionary<String> accountIds) {
        this.accountIds = accountIds;
        rows = grouping.rows();
        byAccount = grouping.offsets();
        account = grouping.apply(built.account);
        names = grouping.apply(built.names);
        emails = grouping.apply(built.emails);
        titles = grouping.apply(built.titles);
        role = grouping.apply(built.role);
        active = grouping.apply(built.active);
        TextColumn builtIds = grouping.apply(built.ids);
        ids = new Dictionary<>();
        for (int c = 0; c < rows; c++) {
            ids.intern(builtIds.get(c));
        }
    }

    /** The contacts, grouped by their account's code in {@code accountIds} (extended with unknown accounts). */
    static ContactColumns of(Stream<Contact> contacts, Dictionary<String> accountIds) {
        Builder built = new Builder();
        try (contacts) {
            contacts.forEachOrdered(c -> built.add(c, accountIds.intern(c.accountId())));
        }
        return new ContactColumns(built, Grouping.of(built.account, built.rows, accountIds.size()), accountIds);
    }

    int rows() {
        return rows;
    }

    Contact record(int c) {
        return new Contact(ids.value(c), accountIds.value(account[c]), names.get(c), emails.get(c), titles.get(c),
                ROLES[role[c]], active[c] != 0);
    }

    Stream<Contact> ofAccount(int a) {
        return IntStream.range(byAccount[a], byAccount[a + 1]).mapToObj(this::record);
    }

    long footprint() {
        return 4L * byAccount.length + 6L * rows + names.footprint() + emails.footprint() + titles.footprint()
                + 64L * rows;
    }

    private static final class Builder {
        int rows;
        int[] account = new int[256];
        byte[] role = new byte[256];
        byte[] active = new byte[256];
        final TextColumn ids = new TextColumn();
        final TextColumn names = new TextColumn();
        final TextColumn emails = new TextColumn();
        final TextColumn titles = new TextColumn();

        void add(Contact c, int accountCode) {
            account = Columns.fit(account, rows);
            role = Columns.fit(role, rows);
            active = Columns.fit(active, rows);
            account[rows] = accountCode;
            role[rows] = (byte) c.role().ordinal();
            active[rows] = (byte) (c.active() ? 1 : 0);
            ids.add(c.id());
            names.add(c.name());
            emails.add(c.email());
            titles.add(c.title());
            rows++;
        }
    }
}

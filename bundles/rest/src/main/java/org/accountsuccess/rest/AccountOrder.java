package org.accountsuccess.rest;

import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

import org.accountsuccess.rest.problem.BadParameterException;

/** The orders of the account list ({@code sort=arr}, {@code sort=-arr} for descending); ties by id. */
enum AccountOrder {
    ID(AccountItem::id), NAME(AccountItem::name), OWNER(AccountItem::owner), SEGMENT(AccountItem::segment),
    TIER(AccountItem::tier), ARR(AccountItem::arr),
    ACCOUNTNPS(item -> item.accountNps().isPresent() ? item.accountNps().getAsDouble() : null),
    HEALTH(item -> item.health().isPresent() ? item.health().getAsDouble() : null);

    private final Comparator<AccountItem> ascending;
    private final Comparator<AccountItem> descending;

    /** Accounts without a value (no account NPS, no segment) come last either way. */
    <K extends Comparable<? super K>> AccountOrder(Function<AccountItem, K> key) {
        this.ascending = Comparator.comparing(key, Comparator.nullsLast(Comparator.<K>naturalOrder()));
        this.descending = Comparator.comparing(key, Comparator.nullsLast(Comparator.<K>reverseOrder()));
    }

    /** The comparator of a {@code sort} value: a field name, optionally prefixed with {@code -}; by id when absent. */
    static Comparator<AccountItem> of(String sort) {
        if (sort == null || sort.isBlank()) {
            return ID.ascending;
        }
        boolean descending = sort.startsWith("-");
        String field = (descending ? sort.substring(1) : sort).strip();
        try {
            AccountOrder order = valueOf(field.toUpperCase(Locale.ROOT));
            return (descending ? order.descending : order.ascending).thenComparing(AccountItem::id);
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("sort", "sort: '" + sort
                    + "' is not one of id, name, owner, segment, tier, arr, accountNps, health (prefix - for descending)");
        }
    }
}

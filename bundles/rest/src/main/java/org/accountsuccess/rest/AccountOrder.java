package org.accountsuccess.rest;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.accountsuccess.host.spi.Account;
import org.accountsuccess.rest.problem.BadParameterException;

/**
 * The orders of the account list ({@code sort=arr}, {@code sort=-arr} for descending); ties by id.
 * {@code risk} is the rep's "riskiest first": red, then no score, yellow, green (the renewal
 * pipeline's band order), and within a band the most ARR at stake first.
 */
enum AccountOrder {
    ID(AccountItem::id, Account::id), NAME(AccountItem::name, Account::name),
    OWNER(AccountItem::owner, Account::owner), SEGMENT(AccountItem::segment, Account::segment),
    TIER(AccountItem::tier, Account::tier), ARR(AccountItem::arr, null),
    ACCOUNTNPS(item -> item.accountNps().isPresent() ? item.accountNps().getAsDouble() : null, null),
    HEALTH(item -> item.health().isPresent() ? item.health().getAsDouble() : null, null),
    RISK(Comparator.comparingInt(AccountOrder::bandRisk).thenComparing(AccountItem::arr, Comparator.reverseOrder()));

    /**
     * One order of the list.
     *
     * @param items the order of the rows
     * @param accounts the same order of the accounts themselves, when it needs no figure (id, name,
     *        owner, segment, tier): then only the page's rows need computing; empty for figures
     */
    record Sort(Comparator<AccountItem> items, Optional<Comparator<Account>> accounts) {
    }

    private final Sort ascending;
    private final Sort descending;

    /** Accounts without a value (no account NPS, no segment) come last either way. */
    <K extends Comparable<? super K>> AccountOrder(Function<AccountItem, K> item, Function<Account, K> account) {
        this.ascending = new Sort(Comparator.comparing(item, Comparator.nullsLast(Comparator.<K>naturalOrder()))
                .thenComparing(AccountItem::id), Optional.ofNullable(account).map(key -> Comparator
                        .comparing(key, Comparator.nullsLast(Comparator.<K>naturalOrder())).thenComparing(Account::id)));
        this.descending = new Sort(Comparator.comparing(item, Comparator.nullsLast(Comparator.<K>reverseOrder()))
                .thenComparing(AccountItem::id), Optional.ofNullable(account).map(key -> Comparator
                        .comparing(key, Comparator.nullsLast(Comparator.<K>reverseOrder())).thenComparing(Account::id)));
    }

    /** An order of the rows alone, from riskiest (ascending) to safest; descending is its reverse. */
    AccountOrder(Comparator<AccountItem> riskiestFirst) {
        this.ascending = new Sort(riskiestFirst.thenComparing(AccountItem::id), Optional.empty());
        this.descending = new Sort(riskiestFirst.reversed().thenComparing(AccountItem::id), Optional.empty());
    }

    /** Red 0, no score 1, yellow 2, green 3. */
    private static int bandRisk(AccountItem item) {
        return item.band().map(band -> switch (band) {
            case RED -> 0;
            case YELLOW -> 2;
            case GREEN -> 3;
        }).orElse(1);
    }

    /** The order of a {@code sort} value: a field name, optionally prefixed with {@code -}; by id when absent. */
    static Sort of(String sort) {
        if (sort == null || sort.isBlank()) {
            return ID.ascending;
        }
        boolean descending = sort.startsWith("-");
        String field = (descending ? sort.substring(1) : sort).strip();
        try {
            AccountOrder order = valueOf(field.toUpperCase(Locale.ROOT));
            return descending ? order.descending : order.ascending;
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("sort", "sort: '" + sort
                    + "' is not one of id, name, owner, segment, tier, arr, accountNps, health, risk (prefix - for descending)");
        }
    }
}

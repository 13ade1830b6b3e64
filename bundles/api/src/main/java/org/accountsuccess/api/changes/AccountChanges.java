package org.accountsuccess.api.changes;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.accountsuccess.api.LoyaltyClass;
import org.accountsuccess.api.health.HealthBand;

/**
 * An account on two days.
 *
 * @param health the health score on {@code from} and {@code to} (each empty without a score) and the change
 * @param bandBefore the band on {@code from}; empty without a score
 * @param bandAfter the band on {@code to}; empty without a score
 * @param accountNps the role-weighted account NPS on both days and the change
 * @param classBefore the account's loyalty class on {@code from}
 * @param classAfter the account's loyalty class on {@code to}
 * @param factors every health factor scored on either day, the largest move of its contribution first
 * @param contacts the contacts whose loyalty class differs between the days, decision makers first
 */
public record AccountChanges(String accountId, LocalDate from, LocalDate to, Change health,
        Optional<HealthBand> bandBefore, Optional<HealthBand> bandAfter, Change accountNps, LoyaltyClass classBefore,
        LoyaltyClass classAfter, List<FactorChange> factors, List<ContactMove> contacts) {
    public AccountChanges {
        factors = List.copyOf(factors);
        contacts = List.copyOf(contacts);
    }

    /**
     * A figure on two days.
     *
     * @param change {@code after - before}; empty when either is
     */
    public record Change(OptionalDouble before, OptionalDouble after, OptionalDouble change) {
        public static Change of(OptionalDouble before, OptionalDouble after) {
            return new Change(before, after, before.isPresent() && after.isPresent()
                    ? OptionalDouble.of(after.getAsDouble() - before.getAsDouble()) : OptionalDouble.empty());
        }
    }
}

package org.accountsuccess.api.movement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.OptionalDouble;

import org.accountsuccess.api.LoyaltyClass;

/**
 * An account whose loyalty class changed on the day of its latest response: its account NPS and
 * class as of the day before that day against as of that day (each over the lookback ending then).
 *
 * @param accountId the account
 * @param name its name
 * @param arr its ARR on the as-of day
 * @param latestResponseDay the day of the account's latest response
 * @param npsBefore account NPS as of the day before
 * @param classBefore loyalty class as of the day before
 * @param npsAfter account NPS as of the latest response day
 * @param classAfter loyalty class as of the latest response day
 * @param direction climber or faller
 */
public record AccountMovement(String accountId, String name, BigDecimal arr, LocalDate latestResponseDay,
        OptionalDouble npsBefore, LoyaltyClass classBefore, OptionalDouble npsAfter, LoyaltyClass classAfter,
        Direction direction) {
}

package org.accountsuccess.api.drivers;

import java.util.List;

import org.accountsuccess.host.spi.DateWindow;

/**
 * The drivers of a window, ranked twice. Ties are broken by the other ranking's figure, then by
 * mentions (descending), then by name.
 *
 * @param window the days whose responses count
 * @param currency the base currency of the ARR
 * @param responses valid responses counted
 * @param responsesWithDrivers those naming at least one driver
 * @param byDetractorMentions every driver, by detractor mentions descending
 * @param byArrAtStake every driver, by ARR at stake descending
 */
public record DriverReport(DateWindow window, String currency, int responses, int responsesWithDrivers,
        List<DriverImpact> byDetractorMentions, List<DriverImpact> byArrAtStake) {
    public DriverReport {
        byDetractorMentions = List.copyOf(byDetractorMentions);
        byArrAtStake = List.copyOf(byArrAtStake);
    }
}

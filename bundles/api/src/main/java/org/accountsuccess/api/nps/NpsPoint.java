package org.accountsuccess.api.nps;

import java.util.Objects;

import org.accountsuccess.host.spi.DateWindow;

/**
 * One point of an NPS series.
 *
 * @param window the days whose responses count for this point
 * @param nps the figure over them: value, n, promoters, passives, detractors and interval
 */
public record NpsPoint(DateWindow window, NpsResult nps) {
    public NpsPoint {
        Objects.requireNonNull(window, "NpsPoint: field 'window' is required");
        Objects.requireNonNull(nps, "NpsPoint: field 'nps' is required");
    }
}

package org.accountsuccess.api.simulation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.accountsuccess.host.spi.DateWindow;

/**
 * What a scenario implies. Baseline and projection are the ARR expected a year on:
 * {@code sum_class ARR_class * NRR_class} without and with the moves. They are empty when a class
 * holding ARR has no NRR to apply (no account had MRR at the period's start).
 *
 * @param scenario the scenario
 * @param currency the base currency
 * @param nrrPeriod the trailing 12 months of the observed NRR
 * @param overallNrr the NRR of the whole selection over that period
 * @param classes one entry per loyalty class, in enum order
 * @param arr today's ARR of the selection (accounts with ARR above zero)
 * @param baseline projected ARR without moves
 * @param projection projected ARR with the moves
 * @param difference {@code projection - baseline}
 * @param baselineNps the account-level NPS over today's class counts
 * @param impliedNps the account-level NPS over the class counts after the moves
 */
public record SimulationResult(Scenario scenario, String currency, DateWindow nrrPeriod, OptionalDouble overallNrr,
        List<ClassOutlook> classes, BigDecimal arr, Optional<BigDecimal> baseline, Optional<BigDecimal> projection,
        Optional<BigDecimal> difference, OptionalDouble baselineNps, OptionalDouble impliedNps) {
    public SimulationResult {
        classes = List.copyOf(classes);
    }
}

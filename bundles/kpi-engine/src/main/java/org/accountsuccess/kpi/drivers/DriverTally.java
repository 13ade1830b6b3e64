package org.accountsuccess.kpi.drivers;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.accountsuccess.api.LoyaltyClass;
import org.accountsuccess.api.drivers.DriverImpact;
import org.accountsuccess.api.drivers.DriverReport;
import org.accountsuccess.host.spi.DateWindow;
import org.accountsuccess.host.spi.DriverTag;
import org.accountsuccess.host.spi.SurveyResponse;
import org.accountsuccess.kpi.KpiParameters;
import org.accountsuccess.kpi.nps.NpsMath;
import org.accountsuccess.kpi.nps.NpsTally;

/**
 * Revenue-weighted drivers over the responses of a window. A driver is its tag's name without the
 * polarity sign, compared in lower case; a response that names a driver several times is one
 * mention (each tag still counts in the polarity counts).
 */
public final class DriverTally {
    private final DateWindow window;
    private final KpiParameters parameters;
    private final Map<String, Driver> drivers = new TreeMap<>();
    private int responses;
    private int responsesWithDrivers;

    private static final class Driver {
        final NpsTally tally = new NpsTally();
        final Set<String> detractorAccounts = new HashSet<>();
        int mentions;
        int positive;
        int negative;
        int neutral;
        int detractorMentions;
    }

    public DriverTally(DateWindow window, KpiParameters parameters) {
        this.window = window;
        this.parameters = parameters;
    }

    /** Counts a response of {@code accountId} when it falls in the window. */
    public void add(SurveyResponse response, String accountId) {
        if (!window.contains(response.answeredAt().atZone(parameters.zone()).toLocalDate())) {
            return;
        }
        responses++;
        if (!response.drivers().isEmpty()) {
            responsesWithDrivers++;
        }
        boolean detractor = NpsMath.classify(response.score()) == LoyaltyClass.DETRACTOR;
        Set<String> named = new HashSet<>();
        for (DriverTag tag : response.drivers()) {
            String name = tag.name().toLowerCase(Locale.ROOT);
            Driver driver = drivers.computeIfAbsent(name, n -> new Driver());
            switch (tag.polarity()) {
                case POSITIVE -> driver.positive++;
                case NEGATIVE -> driver.negative++;
                case NEUTRAL -> driver.neutral++;
            }
            if (named.add(name)) {
                driver.mentions++;
                driver.tally.addScore(response.score());
                if (detractor) {
                    driver.detractorMentions++;
                    driver.detractorAccounts.add(accountId);
                }
            }
        }
    }

    /** @param arrOf each account's ARR on the window's last day (absent is zero) */
    public DriverReport report(Map<String, BigDecimal> arrOf, String currency) {
        List<DriverImpact> impacts = drivers.entrySet().stream().map(e -> {
            Driver d = e.getValue();
            BigDecimal atStake = d.detractorAccounts.stream().map(a -> arrOf.getOrDefault(a, BigDecimal.ZERO))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            return new DriverImpact(e.getKey(), d.mentions, d.positive, d.negative, d.neutral, d.detractorMentions,
                    d.tally.result(parameters.confidenceZ()), d.detractorAccounts.size(), atStake);
        }).toList();
        Comparator<DriverImpact> byMentions = Comparator.comparingInt(DriverImpact::mentions).reversed()
                .thenComparing(DriverImpact::driver);
        Comparator<DriverImpact> byDetractors = Comparator.comparingInt(DriverImpact::detractorMentions).reversed()
                .thenComparing(DriverImpact::arrAtStake, Comparator.reverseOrder()).thenComparing(byMentions);
        Comparator<DriverImpact> byArr = Comparator.comparing(DriverImpact::arrAtStake, Comparator.reverseOrder())
                .thenComparing(Comparator.comparingInt(DriverImpact::detractorMentions).reversed())
                .thenComparing(byMentions);
        return new DriverReport(window, currency, responses, responsesWithDrivers,
                impacts.stream().sorted(byDetractors).toList(), impacts.stream().sorted(byArr).toList());
    }
}

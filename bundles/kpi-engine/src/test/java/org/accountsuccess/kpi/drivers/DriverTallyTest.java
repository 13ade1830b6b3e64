package org.accountsuccess.kpi.drivers;

import static org.accountsuccess.kpi.Fixtures.DEFAULTS;
import static org.accountsuccess.kpi.Fixtures.noon;
import static org.accountsuccess.kpi.Fixtures.window;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;

import org.accountsuccess.api.drivers.DriverImpact;
import org.accountsuccess.api.drivers.DriverReport;
import org.accountsuccess.host.spi.DriverTag;
import org.accountsuccess.host.spi.SurveyResponse;
import org.junit.jupiter.api.Test;

/**
 * Window 2026-01-01..2026-06-30; ARR d1 12000, d2 2400, d3 none.
 *
 * <pre>
 * r1 d1 score 3  -communication skills; +product
 * r2 d1 score 5  -Communication Skills; -price
 * r3 d2 score 2  -price; -price            (one mention, two tags)
 * r4 d2 score 9  +communication skills
 * r5 d3 score 6  -price
 * r6 d1 score 0  -price, 2025-12-31        (outside the window)
 * r7 d2 score 8  no driver
 * r8 d3 score 4  onboarding; alpha
 * </pre>
 */
class DriverTallyTest {
    private static final Map<String, BigDecimal> ARR = Map.of("d1", new BigDecimal("12000"), "d2",
            new BigDecimal("2400"));

    private static DriverReport report() {
        DriverTally tally = new DriverTally(window("2026-01-01", "2026-06-30"), DEFAULTS);
        tally.add(response("r1", "2026-03-01", 3, "-communication skills", "+product"), "d1");
        tally.add(response("r2", "2026-03-02", 5, "-Communication Skills", "-price"), "d1");
        tally.add(response("r3", "2026-03-03", 2, "-price", "-price"), "d2");
        tally.add(response("r4", "2026-03-04", 9, "+communication skills"), "d2");
        tally.add(response("r5", "2026-03-05", 6, "-price"), "d3");
        tally.add(response("r6", "2025-12-31", 0, "-price"), "d1");
        tally.add(response("r7", "2026-03-07", 8), "d2");
        tally.add(response("r8", "2026-03-08", 4, "onboarding", "alpha"), "d3");
        return tally.report(ARR, "EUR");
    }

    @Test
    void countsMentionsPolarityDetractorsNpsAndArrAtStake() {
        DriverReport r = report();

        assertThat(r.responses()).isEqualTo(7); // r6 is outside the window
        assertThat(r.responsesWithDrivers()).isEqualTo(6);
        DriverImpact price = find(r, "price");
        // r2, r3, r5: three mentions (r3 once), four minus tags, all detractors; NPS over 5, 2, 6 = -100
        assertThat(price).extracting(DriverImpact::mentions, DriverImpact::negative, DriverImpact::detractorMentions,
                DriverImpact::accountsAtStake).containsExactly(3, 4, 3, 3);
        assertThat(price.nps().value()).hasValueCloseTo(-100.0, within(1e-9));
        assertThat(price.arrAtStake()).isEqualByComparingTo("14400"); // d1 12000 + d2 2400 + d3 0
        DriverImpact communication = find(r, "communication skills");
        // r1, r2 (detractors of d1) and r4 (promoter): NPS 100 * (1 - 2) / 3 = -33.3
        assertThat(communication).extracting(DriverImpact::mentions, DriverImpact::positive, DriverImpact::negative,
                DriverImpact::detractorMentions, DriverImpact::accountsAtStake).containsExactly(3, 1, 2, 2, 1);
        assertThat(communication.nps().value()).hasValueCloseTo(-100.0 / 3, within(1e-9));
        assertThat(communication.arrAtStake()).isEqualByComparingTo("12000");
        assertThat(find(r, "onboarding").neutral()).isEqualTo(1);
    }

    @Test
    void ranksByDetractorMentionsAndByArrAtStakeBreakingTiesDeterministically() {
        DriverReport r = report();

        // detractor mentions: price 3, communication skills 2, then product, alpha, onboarding with 1 each:
        // product has ARR 12000 at stake, alpha and onboarding 0 and one mention each: by name
        assertThat(r.byDetractorMentions()).extracting(DriverImpact::driver).containsExactly("price",
                "communication skills", "product", "alpha", "onboarding");
        // ARR: price 14400, then communication skills and product 12000 each: 2 detractor mentions before 1
        assertThat(r.byArrAtStake()).extracting(DriverImpact::driver, DriverImpact::arrAtStake).containsExactly(
                tuple("price", new BigDecimal("14400")), tuple("communication skills", new BigDecimal("12000")),
                tuple("product", new BigDecimal("12000")), tuple("alpha", BigDecimal.ZERO),
                tuple("onboarding", BigDecimal.ZERO));
    }

    private static DriverImpact find(DriverReport r, String driver) {
        return r.byDetractorMentions().stream().filter(d -> d.driver().equals(driver)).findFirst().orElseThrow();
    }

    private static SurveyResponse response(String id, String day, int score, String... tags) {
        return new SurveyResponse(id, "c-" + id, noon(day), score, null, null,
                Arrays.stream(tags).map(DriverTag::parse).toList());
    }
}

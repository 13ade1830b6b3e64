package org.accountsuccess.kpi.publicdata;

import static org.accountsuccess.kpi.Fixtures.DEFAULTS;
import static org.accountsuccess.kpi.Fixtures.Z95;
import static org.accountsuccess.kpi.Fixtures.account;
import static org.accountsuccess.kpi.Fixtures.contact;
import static org.accountsuccess.kpi.Fixtures.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.accountsuccess.api.nps.NpsLevel;
import org.accountsuccess.api.nps.NpsResult;
import org.accountsuccess.host.spi.Role;
import org.accountsuccess.host.spi.SurveyResponse;
import org.accountsuccess.kpi.account.AccountPortfolio;
import org.accountsuccess.kpi.nps.NpsTally;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The public prepbench NPS cases (zzzbitz/prepbench, MIT; see shared/datasets/README.md), read
 * from {@code ${accountsuccess.shared.dir}/datasets/prepbench-nps}, never copied into the repo:
 * their inputs mapped to SPI records as each case's query.md describes, computed with the engine,
 * and checked against the expected outputs in {@code gt/}.
 */
class PrepbenchNpsTest {
    private static Path cases;

    @BeforeAll
    static void locateTheData() {
        String shared = System.getProperty("accountsuccess.shared.dir");
        cases = shared == null ? null : Path.of(shared, "datasets", "prepbench-nps");
        Assumptions.assumeTrue(cases != null && Files.isDirectory(cases),
                () -> (cases == null ? "accountsuccess.shared.dir is not set, …/shared/datasets/prepbench-nps"
                        : cases.toString()) + " not found: skipping public-data test");
    }

    // ---- case_040: Sudzilla, one respondent per row of input_02.csv ----

    private static final String SUDZILLA_SCORE = "On a scale of 0-10, how would you rate Sudzilla?";
    private static final DateTimeFormatter SUDZILLA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    /** Each row is one respondent (a contact of the one account "sudzilla"); timestamps without offset are UTC. */
    private static List<SurveyResponse> sudzillaResponses() throws IOException {
        List<SurveyResponse> responses = new ArrayList<>();
        List<Map<String, String>> rows = Csv.read(cases.resolve("case_040/inputs/input_02.csv"));
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            Instant answeredAt = LocalDateTime.parse(row.get("Timestamp"), SUDZILLA_TIME).toInstant(ZoneOffset.UTC);
            responses.add(response("r-" + i, "attendee-" + i, answeredAt, Integer.parseInt(row.get(SUDZILLA_SCORE))));
        }
        return responses;
    }

    @Test
    void case040NpsOfSudzilla() throws IOException {
        Map<String, String> expected = Csv.read(cases.resolve("case_040/gt/output_01.csv")).get(0);
        NpsTally tally = new NpsTally();
        sudzillaResponses().forEach(r -> tally.addScore(r.score()));

        NpsResult result = tally.result(Z95);

        assertThat(result.n()).isEqualTo(Integer.parseInt(expected.get("Total Respondents"))).isEqualTo(39);
        assertThat(result.promoters()).isEqualTo(Integer.parseInt(expected.get("Promoter"))).isEqualTo(8);
        assertThat(result.detractors()).isEqualTo(Integer.parseInt(expected.get("Detractor"))).isEqualTo(22);
        // gt rounds to one decimal: -1400/39 = -35.897... -> -35.9
        assertThat(result.value()).hasValueCloseTo(-1400.0 / 39, within(1e-9));
        assertThat(BigDecimal.valueOf(result.value().getAsDouble()).setScale(1, RoundingMode.HALF_UP))
                .isEqualByComparingTo(expected.get("NPS Score"));
        // metrics.md worked example: adjusted-Wald [-57.51, -9.16]
        assertThat(result.interval().orElseThrow().low()).isCloseTo(-57.51, within(0.005));
        assertThat(result.interval().orElseThrow().high()).isCloseTo(-9.16, within(0.005));
    }

    @Test
    void case040ThroughTheAccountPortfolio() throws IOException {
        List<SurveyResponse> responses = sudzillaResponses();
        // answered 2019-11-01 .. 2019-11-04: as of the last day, every response is in the 365-day lookback
        LocalDate lastDay = responses.stream().map(r -> r.answeredAt().atZone(ZoneOffset.UTC).toLocalDate())
                .max(LocalDate::compareTo).orElseThrow();
        AccountPortfolio portfolio = AccountPortfolio.asOf(List.of(account("sudzilla", 3)), lastDay, DEFAULTS);
        responses.forEach(r -> portfolio.addContact(contact(r.contactId(), "sudzilla", Role.C)));
        responses.forEach(portfolio::addResponse);

        NpsResult byResponse = portfolio.nps(NpsLevel.RESPONSE);
        NpsResult byContact = portfolio.nps(NpsLevel.CONTACT);

        assertThat(byResponse.n()).isEqualTo(39);
        assertThat(byResponse.value()).hasValueCloseTo(-1400.0 / 39, within(1e-9));
        // one response per respondent: the contact level counts the same 39
        assertThat(byContact).isEqualTo(byResponse);
    }

    // ---- case_122: Prep Air against 98 other airlines ----

    private static final String AIRLINE_SCORE = "How likely are you to recommend this airline?";
    /** The survey has no dates: every response is taken as answered on one day. */
    private static final Instant SURVEY_DAY = Instant.parse("2024-01-01T12:00:00Z");

    /** Both inputs appended; the contact is the airline's customer, the account the airline. */
    private static Map<String, List<SurveyResponse>> airlineResponses() throws IOException {
        Map<String, List<SurveyResponse>> byAirline = new TreeMap<>();
        for (String input : List.of("input_01.csv", "input_02.csv")) {
            List<Map<String, String>> rows = Csv.read(cases.resolve("case_122/inputs").resolve(input));
            for (int i = 0; i < rows.size(); i++) {
                Map<String, String> row = rows.get(i);
                String airline = row.get("Airline");
                byAirline.computeIfAbsent(airline, a -> new ArrayList<>()).add(response(input + "#" + i,
                        airline + "/" + row.get("CustomerID"), SURVEY_DAY, Integer.parseInt(row.get(AIRLINE_SCORE))));
            }
        }
        return byAirline;
    }

    /** gt's NPS: floor(% promoters) - floor(% detractors), in integers so that no rounding creeps in. */
    private static int flooredNps(NpsResult r) {
        return Math.floorDiv(100 * r.promoters(), r.n()) - Math.floorDiv(100 * r.detractors(), r.n());
    }

    @Test
    void case122PrepAirAgainstTheOtherAirlines() throws IOException {
        Map<String, String> expected = Csv.read(cases.resolve("case_122/gt/output_01.csv")).get(0);
        Map<String, List<SurveyResponse>> byAirline = airlineResponses();
        assertThat(byAirline).hasSize(99);
        assertThat(byAirline.values().stream().mapToInt(List::size).sum()).isEqualTo(5907);

        // airlines with at least 50 responses, each with its NPS as gt computes it
        Map<String, Integer> nps = new TreeMap<>();
        byAirline.forEach((airline, responses) -> {
            if (responses.size() >= 50) {
                NpsTally tally = new NpsTally();
                responses.forEach(r -> tally.addScore(r.score()));
                nps.put(airline, flooredNps(tally.result(Z95)));
            }
        });
        double mean = nps.values().stream().mapToInt(Integer::intValue).average().orElseThrow();
        double sampleVariance = nps.values().stream().mapToDouble(v -> (v - mean) * (v - mean)).sum()
                / (nps.size() - 1);
        String airline = expected.get("Airline");
        int prepAir = nps.get(airline);
        double z = (prepAir - mean) / Math.sqrt(sampleVariance);

        assertThat(airline).isEqualTo("Prep Air");
        assertThat(prepAir).isEqualTo(Integer.parseInt(expected.get("NPS")));
        assertThat(BigDecimal.valueOf(z).setScale(2, RoundingMode.HALF_UP))
                .isEqualByComparingTo(expected.get("Z-Score"));
    }

    @Test
    void case122PrepAirUnroundedThroughTheAccountPortfolio() throws IOException {
        Map<String, List<SurveyResponse>> byAirline = airlineResponses();
        // one account, Prep Air: the other airlines' responses come from unknown contacts and are skipped
        AccountPortfolio portfolio = AccountPortfolio.asOf(List.of(account("Prep Air", 1)),
                LocalDate.parse("2024-01-01"), DEFAULTS);
        byAirline.get("Prep Air").forEach(r -> portfolio.addContact(contact(r.contactId(), "Prep Air", Role.C)));
        byAirline.values().forEach(responses -> responses.forEach(portfolio::addResponse));

        NpsResult prepAir = portfolio.nps(NpsLevel.RESPONSE);

        // counted in input_02.csv: 184 responses, 74 promoters (9-10), 35 detractors (0-6)
        assertThat(prepAir.n()).isEqualTo(184);
        assertThat(prepAir.promoters()).isEqualTo(74);
        assertThat(prepAir.detractors()).isEqualTo(35);
        // exact: 100 * (74 - 35) / 184 = 3900/184 = 21.1956...; gt floors each share: floor(40.22) - floor(19.02) = 21
        assertThat(prepAir.value()).hasValueCloseTo(3900.0 / 184, within(1e-9));
        assertThat(flooredNps(prepAir)).isEqualTo(21);
    }
}

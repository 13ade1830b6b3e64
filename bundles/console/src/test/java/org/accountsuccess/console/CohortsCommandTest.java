package org.accountsuccess.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;

import org.accountsuccess.api.AccountDimension;
import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.Cut;
import org.accountsuccess.api.revenue.Cohort;
import org.accountsuccess.api.revenue.CohortGrain;
import org.accountsuccess.api.revenue.CohortPeriod;
import org.accountsuccess.api.revenue.CohortService;
import org.accountsuccess.api.revenue.CohortTable;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class CohortsCommandTest {
    private final CohortsCommand command = new CohortsCommand();

    CohortsCommandTest() {
        command.cohorts = new CohortService() {
            @Override
            public CohortTable cohorts(LocalDate from, LocalDate asOf, CohortGrain grain, AccountFilter filter) {
                // 2025-01: 2 accounts, 300 at start; after one month both pay 300, after two one pays 150
                Cohort january = new Cohort("2025-01", LocalDate.parse("2025-01-01"), 2, new BigDecimal("300"),
                        List.of(period(0, "2025-01-31", 2, "300", 1.0, 1.0), period(1, "2025-02-28", 2, "300", 1.0, 1.0),
                                period(2, "2025-03-31", 1, "150", 0.5, 0.5)));
                Cohort march = new Cohort("2025-03", LocalDate.parse("2025-03-01"), 1, new BigDecimal("60"),
                        List.of(period(0, "2025-03-31", 1, "60", 1.0, 1.0)));
                return new CohortTable(grain, from, asOf, "EUR", List.of(january, march));
            }

            @Override
            public List<Cut<CohortTable>> cohortsBy(LocalDate from, LocalDate asOf, CohortGrain grain,
                    AccountFilter filter, AccountDimension dimension) {
                return List.of(new Cut<>("SMB", cohorts(from, asOf, grain, filter)));
            }
        };
        command.from = "2025-01-01";
        command.asOf = "2025-03-31";
    }

    private static CohortPeriod period(int n, String day, int retained, String mrr, double logos, double nrr) {
        return new CohortPeriod(n, LocalDate.parse(day), retained, new BigDecimal(mrr), OptionalDouble.of(logos),
                OptionalDouble.of(nrr));
    }

    @Test
    void printsTheTriangle() throws Exception {
        assertThat(Console.run(command)).isEqualTo("""
                All accounts: logo retention by month since start, 2025-01-01 to 2025-03-31, MRR in EUR
                Cohort  | Accounts | Start MRR |       0 |       1 |      2
                --------+----------+-----------+---------+---------+-------
                2025-01 |        2 |    300.00 | 100.0 % | 100.0 % | 50.0 %
                2025-03 |        1 |     60.00 | 100.0 % |         |       
                """);
    }

    @Test
    void nrrAndGroupsOnRequest() throws Exception {
        command.metric = "nrr";
        command.by = "segment";
        String text = Console.run(command);
        assertThat(text).contains("All accounts: NRR by month", "segment SMB: NRR by month");
        command.json = true;
        var json = new ObjectMapper().readTree(Console.run(command));
        assertThat(json.at("/groups/0/key").asText()).isEqualTo("SMB");
        assertThat(json.at("/overall/cohorts/0/periods/2/nrr").asDouble()).isEqualTo(0.5);
    }

    @Test
    void badInputIsRefusedByName() {
        command.by = "loyalty";
        assertThatThrownBy(() -> Console.run(command)).hasMessage("--by: 'loyalty' is not one of segment, tier, owner");
        command.by = null;
        command.asOf = "2024-12-31";
        assertThatThrownBy(() -> Console.run(command)).hasMessageContaining("the window is inverted");
    }
}

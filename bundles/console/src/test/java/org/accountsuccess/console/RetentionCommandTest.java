package org.accountsuccess.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.accountsuccess.api.AccountDimension;
import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.Cut;
import org.accountsuccess.api.retention.RetentionReport;
import org.accountsuccess.api.retention.RetentionService;
import org.accountsuccess.host.spi.DateWindow;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class RetentionCommandTest {
    private final RetentionCommand command = new RetentionCommand();
    private final List<AccountDimension> cutsAsked = new ArrayList<>();

    RetentionCommandTest() {
        command.retention = new RetentionService() {
            @Override
            public BigDecimal mrrAt(LocalDate date, AccountFilter filter) {
                throw new UnsupportedOperationException();
            }

            @Override
            public RetentionReport retention(DateWindow period, AccountFilter filter) {
                return report(period, 10, 9, "10000", "10500", "1500", "400", "600");
            }

            @Override
            public List<Cut<RetentionReport>> retentionBy(DateWindow period, AccountFilter filter,
                    AccountDimension dimension) {
                cutsAsked.add(dimension);
                return List.of(new Cut<>("Enterprise", report(period, 4, 4, "8000", "9200", "1500", "300", "0")),
                        new Cut<>("SMB", report(period, 6, 5, "2000", "1300", "0", "100", "600")),
                        new Cut<>(Cut.NONE, report(period, 0, 0, "0", "0", "0", "0", "0")));
            }
        };
        command.from = "2026-01-01";
        command.to = "2026-06-30";
    }

    /** A report whose ratios follow metrics.md from the money given; undefined for an empty cohort. */
    private static RetentionReport report(DateWindow period, int cohort, int retained, String start, String end,
            String expansion, String contraction, String churned) {
        double s = Double.parseDouble(start);
        double grr = (s - Double.parseDouble(contraction) - Double.parseDouble(churned)) / s;
        double nrr = grr + Double.parseDouble(expansion) / s;
        OptionalDouble none = OptionalDouble.empty();
        boolean empty = cohort == 0;
        return new RetentionReport(period, cohort, retained, 1, 0, new BigDecimal(start), new BigDecimal(end),
                new BigDecimal(expansion), new BigDecimal(contraction), new BigDecimal(churned), new BigDecimal("0"),
                BigDecimal.ZERO,
                empty ? none : OptionalDouble.of(grr), empty ? none : OptionalDouble.of(nrr),
                empty ? none : OptionalDouble.of(1 - grr), empty ? none : OptionalDouble.of(1 - nrr),
                empty ? none : OptionalDouble.of((double) retained / cohort),
                empty ? none : OptionalDouble.of(1 - (double) retained / cohort), quickRatio(expansion, contraction, churned));
    }

    /** Nothing new or reactivated here: expansion / (contraction + churned). */
    private static OptionalDouble quickRatio(String expansion, String contraction, String churned) {
        double losses = Double.parseDouble(contraction) + Double.parseDouble(churned);
        return losses == 0 ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(expansion) / losses);
    }

    @Test
    void showsTheRetentionFigures() throws Exception {
        assertThat(Console.run(command)).isEqualTo("""
                Period                           | 2026-01-01 to 2026-06-30
                Cohort (accounts with MRR on d0) | 10
                Retained logos                   | 9
                New logos                        | 1
                Reactivated logos                | 0
                Start MRR                        | 10,000.00
                End MRR                          | 10,500.00
                Expansion                        | 1,500.00
                Contraction                      | 400.00
                Churned MRR                      | 600.00
                New MRR                          | 0.00
                Reactivation MRR                 | 0.00
                Quick Ratio                      | 1.50
                GRR                              | 90.0 %
                NRR                              | 105.0 %
                Gross revenue churn              | 10.0 %
                Net revenue churn                | -5.0 %
                Logo retention                   | 90.0 %
                Logo churn                       | 10.0 %
                """);
        assertThat(cutsAsked).isEmpty();
    }

    @Test
    void byGroupAddsOneRowPerGroup() throws Exception {
        command.by = "loyalty";

        String text = Console.run(command);

        assertThat(cutsAsked).containsExactly(AccountDimension.LOYALTY_CLASS);
        assertThat(text).endsWith("""

                loyalty_class | Cohort | Retained | New | Start MRR |  End MRR |    GRR |     NRR | Logo retention
                --------------+--------+----------+-----+-----------+----------+--------+---------+---------------
                Enterprise    |      4 |        4 |   1 |  8,000.00 | 9,200.00 | 96.3 % | 115.0 % |        100.0 %
                SMB           |      6 |        5 |   1 |  2,000.00 | 1,300.00 | 65.0 % |  65.0 % |         83.3 %
                (none)        |      0 |        0 |   1 |      0.00 |     0.00 |    n/a |     n/a |            n/a
                """);
    }

    @Test
    void jsonIsTheReportAloneOrWithTheGroups() throws Exception {
        command.json = true;
        JsonNode overall = new ObjectMapper().readTree(Console.run(command));
        assertThat(overall.get("grr").asDouble()).isEqualTo(0.9);
        assertThat(overall.at("/period/from").asText()).isEqualTo("2026-01-01");
        assertThat(overall.get("startMrr").decimalValue()).isEqualByComparingTo("10000");
        // 1500 / (400 + 600)
        assertThat(overall.get("quickRatio").asDouble()).isEqualTo(1.5);

        command.by = "segment";
        JsonNode grouped = new ObjectMapper().readTree(Console.run(command));
        assertThat(grouped.get("by").asText()).isEqualTo("SEGMENT");
        assertThat(grouped.at("/overall/cohort").asInt()).isEqualTo(10);
        assertThat(grouped.at("/groups/1/key").asText()).isEqualTo("SMB");
        assertThat(grouped.at("/groups/2/report/grr").isNull()).isTrue();
    }

    @Test
    void badInputIsRefusedByName() {
        command.by = "region";
        assertThatThrownBy(() -> Console.run(command))
                .hasMessage("--by: 'region' is not one of segment, tier, owner, loyalty");

        command.by = null;
        command.to = "2025-12-31";
        assertThatThrownBy(() -> Console.run(command))
                .hasMessage("--from 2026-01-01 is after --to 2025-12-31: the window is inverted");

        command.from = null;
        assertThatThrownBy(() -> Console.run(command)).hasMessage("--from is required (YYYY-MM-DD)");
    }
}

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
import org.accountsuccess.api.renewal.DueContract;
import org.accountsuccess.api.renewal.RenewalReport;
import org.accountsuccess.api.renewal.RenewalService;
import org.accountsuccess.host.spi.Contract;
import org.accountsuccess.host.spi.DateWindow;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class RenewalsCommandTest {
    private final RenewalsCommand command = new RenewalsCommand();
    private DateWindow asked;

    RenewalsCommandTest() {
        command.renewals = new RenewalService() {
            @Override
            public RenewalReport renewals(DateWindow period, AccountFilter filter) {
                asked = period;
                return report(period);
            }

            @Override
            public List<Cut<RenewalReport>> renewalsBy(DateWindow period, AccountFilter filter,
                    AccountDimension dimension) {
                throw new UnsupportedOperationException();
            }
        };
        command.from = "2026-01-01";
        command.to = "2026-03-31";
    }

    private static RenewalReport report(DateWindow period) {
        Contract renewedEarly = new Contract("ctr-0007", "acc-001", LocalDate.of(2025, 2, 1),
                LocalDate.of(2026, 1, 31), new BigDecimal("3000"), null, true, null, "Core Platform Professional");
        Contract open = new Contract("ctr-0009", "acc-002", LocalDate.of(2025, 3, 15), LocalDate.of(2026, 3, 14),
                new BigDecimal("1000"), "GBP", false, null, null);
        return new RenewalReport(period, 2, 1, new BigDecimal("4170.00"), new BigDecimal("3000.00"),
                OptionalDouble.of(0.5), OptionalDouble.of(3000 / 4170.0), OptionalDouble.of(1.0),
                List.of(new DueContract(renewedEarly, new BigDecimal("3000.00"), "ctr-0031"),
                        new DueContract(open, new BigDecimal("1170.00"), null)));
    }

    @Test
    void showsTheRatesAndEveryDueContract() throws Exception {
        assertThat(Console.run(command)).isEqualTo("""
                Period               | 2026-01-01 to 2026-03-31
                Due                  | 2
                Renewed              | 1
                Due MRR              | 4,170.00
                Renewed MRR          | 3,000.00
                Renewal rate (count) | 50.0 %
                Renewal rate (value) | 71.9 %
                Auto-renew share     | 100.0 %

                Contract | Account | Ends       |      MRR | Auto-renew | Renewed by | Product
                ---------+---------+------------+----------+------------+------------+---------------------------
                ctr-0007 | acc-001 | 2026-01-31 | 3,000.00 | yes        | ctr-0031   | Core Platform Professional
                ctr-0009 | acc-002 | 2026-03-14 | 1,170.00 | no         | -          | n/a
                """);
        assertThat(asked).isEqualTo(new DateWindow(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
    }

    @Test
    void jsonIsTheRenewalReport() throws Exception {
        command.json = true;

        JsonNode json = new ObjectMapper().readTree(Console.run(command));

        assertThat(json.get("rateValue").asDouble()).isEqualTo(3000 / 4170.0);
        assertThat(json.at("/contracts/0/renewedBy").asText()).isEqualTo("ctr-0031");
        assertThat(json.at("/contracts/1/renewedBy").isNull()).isTrue();
        assertThat(json.at("/contracts/1/contract/endDate").asText()).isEqualTo("2026-03-14");
    }

    @Test
    void aMalformedOrInvertedWindowIsRefused() {
        command.to = "2026-02-30";
        assertThatThrownBy(() -> Console.run(command))
                .hasMessage("--to: '2026-02-30' is not a date (expected YYYY-MM-DD)");

        command.to = "2025-12-31";
        assertThatThrownBy(() -> Console.run(command))
                .hasMessage("--from 2026-01-01 is after --to 2025-12-31: the window is inverted");
        assertThat(asked).isNull();
    }
}

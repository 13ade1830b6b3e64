package org.accountsuccess.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.OptionalDouble;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.revenue.AccountMovement;
import org.accountsuccess.api.revenue.MonthMovements;
import org.accountsuccess.api.revenue.MovementSeries;
import org.accountsuccess.api.revenue.MrrMovement;
import org.accountsuccess.api.revenue.RevenueMovementService;
import org.accountsuccess.host.spi.DateWindow;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class MrrMovementsCommandTest {
    private final MrrMovementsCommand command = new MrrMovementsCommand();

    MrrMovementsCommandTest() {
        command.movements = new RevenueMovementService() {
            @Override
            public MovementSeries movements(YearMonth from, YearMonth to, AccountFilter filter) {
                // March: start 300, new 60, expansion 50, churned 200, reactivation 80 -> end 290, QR 190 / 200
                return new MovementSeries(from, to, "EUR", List.of(new MonthMovements(YearMonth.of(2025, 3),
                        new DateWindow(LocalDate.parse("2025-02-28"), LocalDate.parse("2025-03-31")), money("300"),
                        money("290"), money("60"), money("50"), BigDecimal.ZERO, money("200"), money("80"),
                        OptionalDouble.of(0.95), 1, 1, 1)));
            }

            @Override
            public List<AccountMovement> accounts(YearMonth month, MrrMovement movement, AccountFilter filter) {
                return List.of(new AccountMovement(month, MrrMovement.CHURNED, "b", "Beta", money("200"),
                        BigDecimal.ZERO, money("200")));
            }
        };
    }

    private static BigDecimal money(String value) {
        return new BigDecimal(value);
    }

    @Test
    void showsOneRowPerMonth() throws Exception {
        command.from = "2025-03";
        command.to = "2025-03";
        assertThat(Console.run(command)).isEqualTo("""
                MRR movements 2025-03 to 2025-03, in EUR
                Month   | Start MRR |   New | Expansion | Contraction | Churned | Reactivation | End MRR | Quick Ratio
                --------+-----------+-------+-----------+-------------+---------+--------------+---------+------------
                2025-03 |    300.00 | 60.00 |     50.00 |        0.00 |  200.00 |        80.00 |  290.00 |        0.95
                """);
    }

    @Test
    void aMonthShowsTheAccountsBehindItsMovements() throws Exception {
        command.month = "2025-03";
        command.movement = "churned";
        assertThat(Console.run(command)).contains("b       | Beta", "churned", "200.00");
        command.json = true;
        var json = new ObjectMapper().readTree(Console.run(command));
        assertThat(json.get(0).get("accountId").asText()).isEqualTo("b");
        assertThat(json.get(0).get("amount").decimalValue()).isEqualByComparingTo("200");
    }

    @Test
    void badInputIsRefusedByName() {
        command.from = "2025-3";
        assertThatThrownBy(() -> Console.run(command)).hasMessage("--from: '2025-3' is not a month (expected YYYY-MM)");
        command.from = null;
        command.movement = "churned";
        assertThatThrownBy(() -> Console.run(command)).hasMessage("--movement needs --month");
    }
}

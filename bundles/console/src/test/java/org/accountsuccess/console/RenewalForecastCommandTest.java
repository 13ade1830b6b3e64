package org.accountsuccess.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.accountsuccess.api.renewal.CalibrationBin;
import org.accountsuccess.api.renewal.ForecastEntry;
import org.accountsuccess.api.renewal.ForecastMethod;
import org.accountsuccess.api.renewal.ForecastModel;
import org.accountsuccess.api.renewal.RenewalForecast;
import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.Contract;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class RenewalForecastCommandTest {
    private final RenewalForecastCommand command = new RenewalForecastCommand();
    private LocalDate[] asked;

    RenewalForecastCommandTest() {
        command.forecasts = (asOf, from, to, filter) -> {
            asked = new LocalDate[] {asOf, from, to};
            return forecast(asOf, from, to);
        };
        command.asOf = "2026-11-01";
    }

    /** The two contracts of RenewalModelTest: p 0.75 on 1,200 and 0.5 on 2,400. */
    private static RenewalForecast forecast(LocalDate asOf, LocalDate from, LocalDate to) {
        Account a = new Account("acc-001", "Acme", "rep1", "SMB", 3, null, null, null, "EUR");
        Contract k9 = new Contract("k9", "acc-001", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                new BigDecimal("100"), null, false, null, null);
        Contract k10 = new Contract("k10", "acc-001", LocalDate.of(2026, 2, 1), LocalDate.of(2027, 1, 31),
                new BigDecimal("200"), null, false, null, null);
        ForecastModel model = new ForecastModel(ForecastMethod.LOGISTIC, "logistic regression on 1 factor scores",
                LocalDate.of(2023, 11, 2), 8, 4, OptionalDouble.of(0.5), 6, 2, OptionalDouble.of(1.0 / 9),
                OptionalDouble.of(0.25), List.of(new CalibrationBin(0.3, 0.4, 1, 1.0 / 3, 0),
                        new CalibrationBin(0.6, 0.7, 1, 2.0 / 3, 1)),
                Map.of("intercept", -1.0986, "loyalty", 2.1972));
        return new RenewalForecast(asOf, from, to, "EUR", new BigDecimal("3600"), Optional.of(new BigDecimal("2100.00")),
                Optional.of(new BigDecimal("424.15")), Optional.of(new BigDecimal("3600.00")), model,
                List.of(new ForecastEntry(k9, a, 60, new BigDecimal("1200"), LocalDate.of(2026, 11, 1),
                        OptionalDouble.of(0.75), Optional.of(new BigDecimal("900.00"))),
                        new ForecastEntry(k10, a, 91, new BigDecimal("2400"), LocalDate.of(2026, 11, 2),
                                OptionalDouble.of(0.5), Optional.of(new BigDecimal("1200.00")))));
    }

    @Test
    void showsEachContractTheTotalsAndTheModelsQuality() throws Exception {
        assertThat(Console.run(command)).isEqualTo("""
                Contract | Account | Name | Ends       | ARR at stake | Scored on  | Probability | Expected ARR
                ---------+---------+------+------------+--------------+------------+-------------+-------------
                k9       | acc-001 | Acme | 2026-12-31 |     1,200.00 | 2026-11-01 |      75.0 % |       900.00
                k10      | acc-001 | Acme | 2027-01-31 |     2,400.00 | 2026-11-02 |      50.0 % |     1,200.00

                Due               | 2026-11-01 to 2027-03-01 (as of 2026-11-01)
                ARR at stake      | 3,600.00 EUR
                Base (expected)   | 2,100.00
                Downside (P10)    | 424.15
                Upside (P90)      | 3,600.00
                Method            | logistic: logistic regression on 1 factor scores
                Past outcomes     | 8 since 2023-11-02, 4 renewed (50.0 %)
                Fitted / tested   | 6 / 2
                Brier (model)     | 0.1111
                Brier (base rate) | 0.2500

                Predicted | Contracts | Mean predicted | Renewed
                ----------+-----------+----------------+--------
                30-40 %   |         1 |         33.3 % |   0.0 %
                60-70 %   |         1 |         66.7 % | 100.0 %
                """);
        assertThat(asked).containsExactly(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 1),
                LocalDate.of(2027, 3, 1));
    }

    @Test
    void jsonIsTheForecastRecord() throws Exception {
        command.json = true;
        command.from = "2026-12-01";
        command.to = "2026-12-31";

        JsonNode json = new ObjectMapper().readTree(Console.run(command));

        assertThat(json.get("base").decimalValue()).isEqualByComparingTo("2100.00");
        assertThat(json.at("/model/brier").asDouble()).isEqualTo(1.0 / 9);
        assertThat(json.at("/model/calibration/1/observed").asDouble()).isEqualTo(1.0);
        assertThat(json.at("/entries/0/probability").asDouble()).isEqualTo(0.75);
        assertThat(json.at("/entries/1/expectedArr").decimalValue()).isEqualByComparingTo("1200.00");
        assertThat(asked[1]).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void aWindowBeforeTheAsOfDayOrInvertedIsRefused() {
        command.from = "2026-10-31";
        assertThatThrownBy(() -> Console.run(command)).hasMessageStartingWith("--from 2026-10-31 is before --as-of");

        command.from = null;
        command.to = "2026-10-31";
        assertThatThrownBy(() -> Console.run(command)).hasMessage("--to 2026-10-31 is before --from 2026-11-01");
        assertThat(asked).isNull();
    }
}

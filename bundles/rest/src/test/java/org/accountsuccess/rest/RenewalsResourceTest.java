package org.accountsuccess.rest;

import static org.accountsuccess.rest.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.renewal.ForecastMethod;
import org.accountsuccess.api.renewal.ForecastModel;
import org.accountsuccess.api.renewal.RenewalForecast;
import org.accountsuccess.api.renewal.RenewalForecastService;
import org.accountsuccess.rest.access.ProductRole;
import org.accountsuccess.rest.problem.BadParameterException;
import org.junit.jupiter.api.Test;

class RenewalsResourceTest {
    /** What the resource asked the forecast service. */
    private record Asked(LocalDate asOf, LocalDate from, LocalDate to, AccountFilter filter) {
    }

    private final List<Asked> asked = new ArrayList<>();
    private final RenewalForecastService forecasts = (asOf, from, to, filter) -> {
        asked.add(new Asked(asOf, from, to, filter));
        return new RenewalForecast(asOf, from, to, "EUR", BigDecimal.ZERO, Optional.empty(), Optional.empty(),
                Optional.empty(), new ForecastModel(ForecastMethod.NONE, "no history", asOf, 0, 0,
                        OptionalDouble.empty(), 0, 0, OptionalDouble.empty(), OptionalDouble.empty(), List.of(),
                        Map.of()),
                List.of());
    };
    private final RenewalsResource resource = new RenewalsResource(null, null, forecasts,
            Fixtures.ownerScopes(List.of(Fixtures.account("a1", "u-rep1", "SMB", 3))));

    @Test
    void theForecastWindowDefaultsToTheNext120Days() {
        var manager = as("boss", ProductRole.MANAGER);

        resource.forecast(manager, "2026-11-01", null, null, null, null, null, null, null);
        resource.forecast(manager, "2026-11-01", "2026-12-01", "2026-12-31", "SMB", null, null, null, null);

        assertThat(asked.get(0)).isEqualTo(new Asked(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-01"),
                LocalDate.parse("2027-03-01"), AccountFilter.ALL));
        assertThat(asked.get(1).to()).isEqualTo(LocalDate.parse("2026-12-31"));
        assertThat(asked.get(1).filter().segment()).isEqualTo("SMB");
    }

    @Test
    void aRepGetsTheForecastOfTheirOwnAccounts() {
        resource.forecast(as("u-rep1", ProductRole.REP), "2026-11-01", null, null, null, null, null, null, null);

        assertThat(asked.get(0).filter().accountIds()).containsExactly("a1");
    }

    @Test
    void badParametersAreNamed() {
        var manager = as("boss", ProductRole.MANAGER);
        assertThatThrownBy(() -> resource.forecast(manager, "2026-11-31", null, null, null, null, null, null, null))
                .isInstanceOf(BadParameterException.class).extracting("parameter").isEqualTo("asOf");
        assertThatThrownBy(() -> resource.forecast(manager, "2026-11-01", "2026-10-31", null, null, null, null, null,
                null)).isInstanceOf(BadParameterException.class).extracting("parameter").isEqualTo("from");
        assertThatThrownBy(() -> resource.forecast(manager, "2026-11-01", null, "2026-10-31", null, null, null, null,
                null)).isInstanceOf(BadParameterException.class).hasMessage("to 2026-10-31 is before from 2026-11-01");
        assertThatThrownBy(() -> resource.forecast(manager, "2026-11-01", null, "2037-01-01", null, null, null, null,
                null)).isInstanceOf(BadParameterException.class).extracting("parameter").isEqualTo("to");
        assertThatThrownBy(() -> resource.forecast(manager, null, null, null, null, "7", null, null, null))
                .isInstanceOf(BadParameterException.class).extracting("parameter").isEqualTo("tier");
        assertThatThrownBy(() -> resource.forecast(manager, null, null, null, null, null, null, "-1", null))
                .isInstanceOf(BadParameterException.class).extracting("parameter").isEqualTo("offset");
        assertThat(asked).isEmpty();
    }
}

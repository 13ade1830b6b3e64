package org.accountsuccess.rest;

import static org.accountsuccess.rest.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.accountsuccess.rest.access.ProductRole;
import org.accountsuccess.rest.problem.AccessDeniedException;
import org.accountsuccess.rest.problem.BadParameterException;
import org.junit.jupiter.api.Test;

class HealthResourceTest {
    private final HealthResource resource = new HealthResource(new Fixtures.FakeHealth(List.of()));

    @Test
    void backtestForAdminsAndManagersWithAYearByDefault() {
        var backtest = resource.backtest(as("boss", ProductRole.MANAGER), "2025-01-01", null);
        assertThat(backtest.until()).isEqualTo(LocalDate.parse("2026-01-01"));
        assertThat(resource.backtest(as("root", ProductRole.ADMIN), "2025-01-01", "2025-06-30").until())
                .isEqualTo(LocalDate.parse("2025-06-30"));
        assertThatThrownBy(() -> resource.backtest(as("u-rep1", ProductRole.REP), "2025-01-01", null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void badDaysAreNamed() {
        var manager = as("boss", ProductRole.MANAGER);
        assertThatThrownBy(() -> resource.backtest(manager, null, null)).isInstanceOf(BadParameterException.class)
                .extracting("parameter").isEqualTo("asOf");
        assertThatThrownBy(() -> resource.backtest(manager, "2025-01-01", "2024-12-31"))
                .isInstanceOf(BadParameterException.class).hasMessage("until 2024-12-31 is not after asOf 2025-01-01");
        String tomorrow = LocalDate.now().plusDays(1).toString();
        assertThatThrownBy(() -> resource.backtest(manager, "2025-01-01", tomorrow))
                .isInstanceOf(BadParameterException.class).extracting("parameter").isEqualTo("until");
        assertThatThrownBy(() -> resource.backtest(manager, LocalDate.now().minusDays(10).toString(), null))
                .isInstanceOf(BadParameterException.class).extracting("parameter").isEqualTo("asOf");
    }
}

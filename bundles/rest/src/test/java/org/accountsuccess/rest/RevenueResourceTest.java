package org.accountsuccess.rest;

import static org.accountsuccess.rest.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.accountsuccess.api.AccountDimension;
import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.Cut;
import org.accountsuccess.api.revenue.AccountMovement;
import org.accountsuccess.api.revenue.CohortGrain;
import org.accountsuccess.api.revenue.CohortService;
import org.accountsuccess.api.revenue.CohortTable;
import org.accountsuccess.api.revenue.MovementSeries;
import org.accountsuccess.api.revenue.MrrMovement;
import org.accountsuccess.api.revenue.RevenueMovementService;
import org.accountsuccess.rest.access.ProductRole;
import org.accountsuccess.rest.json.RecordJsonWriter;
import org.accountsuccess.rest.problem.BadParameterException;
import org.junit.jupiter.api.Test;

/** The revenue calls' parameters, paging and scope; the figures are the services' (tested in core and the engine). */
class RevenueResourceTest {
    private final List<Object> asked = new ArrayList<>();
    private final RevenueResource resource = new RevenueResource(new RevenueMovementService() {
        @Override
        public MovementSeries movements(YearMonth from, YearMonth to, AccountFilter filter) {
            asked.add(List.of(from, to, filter));
            return new MovementSeries(from, to, "EUR", List.of());
        }

        @Override
        public List<AccountMovement> accounts(YearMonth month, MrrMovement movement, AccountFilter filter) {
            asked.add(movement == null ? "all" : movement);
            return IntStream.range(0, 7).mapToObj(i -> new AccountMovement(month, MrrMovement.NEW, "a-" + i,
                    "Account " + i, BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.TEN)).toList();
        }
    }, new CohortService() {
        @Override
        public CohortTable cohorts(LocalDate from, LocalDate asOf, CohortGrain grain, AccountFilter filter) {
            asked.add(List.of(from, asOf, grain));
            return new CohortTable(grain, from, asOf, "EUR", List.of());
        }

        @Override
        public List<Cut<CohortTable>> cohortsBy(LocalDate from, LocalDate asOf, CohortGrain grain,
                AccountFilter filter, AccountDimension dimension) {
            return List.of(new Cut<>("SMB", cohorts(from, asOf, grain, filter)));
        }
    }, Fixtures.ownerScopes(List.of(Fixtures.account("a-1", "u-rep1", "SMB", 3))));

    @Test
    void movementsDefaultToTheTwelveMonthsEndingThisMonthAndARepSeesTheirAccounts() {
        var admin = as("root", ProductRole.ADMIN);
        MovementSeries series = resource.movements(admin, null, null, null, null, null);
        assertThat(series.to()).isEqualTo(YearMonth.now());
        assertThat(series.from()).isEqualTo(YearMonth.now().minusMonths(11));

        resource.movements(as("u-rep1", ProductRole.REP), "2026-01", "2026-03", null, null, null);
        assertThat(asked.get(1)).isEqualTo(List.of(YearMonth.of(2026, 1), YearMonth.of(2026, 3),
                AccountFilter.ALL.withAccountIds(Set.of("a-1"))));
    }

    @Test
    void badMonthsAreNamed() {
        var admin = as("root", ProductRole.ADMIN);
        assertThatThrownBy(() -> resource.movements(admin, "2026-13", null, null, null, null))
                .isInstanceOf(BadParameterException.class).hasMessage("from: '2026-13' is not a month (expected YYYY-MM)");
        assertThatThrownBy(() -> resource.movements(admin, "2026-04", "2026-03", null, null, null))
                .hasMessageContaining("the window is inverted").extracting("parameter").isEqualTo("from");
        // 121 months
        assertThatThrownBy(() -> resource.movements(admin, "2016-01", "2026-01", null, null, null))
                .hasMessageContaining("more than 120 months");
        assertThat(resource.movements(admin, "2016-02", "2026-01", null, null, null).months()).isEmpty();
        assertThatThrownBy(() -> resource.movementAccounts(admin, "2026-03", "upsell", null, null, null, null, null))
                .hasMessage("movement: 'upsell' is not one of new, expansion, contraction, churned, reactivation");
    }

    @Test
    void theAccountsBehindAMovementArePaged() throws Exception {
        var admin = as("root", ProductRole.ADMIN);
        Page<AccountMovement> page = resource.movementAccounts(admin, "2026-03", "new", null, null, null, "5", "5");

        assertThat(asked).containsExactly(MrrMovement.NEW);
        assertThat(page.total()).isEqualTo(7);
        assertThat(page.items()).extracting(AccountMovement::accountId).containsExactly("a-5", "a-6");
        assertThat(RecordJsonWriter.write(page)).contains("\"month\":\"2026-03\"", "\"movement\":\"new\"",
                "\"total\":7,\"offset\":5,\"limit\":5");
    }

    @Test
    void cohortsDefaultToMonthsOverTheLastYearAndAreNotCutByLoyalty() throws Exception {
        var admin = as("root", ProductRole.ADMIN);
        var table = resource.cohorts(admin, null, "2026-11-15", null, null, null, null, null);
        assertThat(table.table().from()).isEqualTo(LocalDate.of(2025, 11, 1));
        assertThat(table.table().grain()).isEqualTo(CohortGrain.MONTH);
        assertThat(table.groups()).isNull();

        var bySegment = resource.cohorts(admin, "2026-01-01", "2026-11-15", "quarter", "segment", null, null, null);
        assertThat(RecordJsonWriter.write(bySegment)).startsWith("{\"grain\":\"quarter\",\"from\":\"2026-01-01\"")
                .contains("\"groups\":[{\"key\":\"SMB\"");
        assertThatThrownBy(() -> resource.cohorts(admin, null, null, null, "loyalty_class", null, null, null))
                .isInstanceOf(BadParameterException.class).extracting("parameter").isEqualTo("by");
        assertThatThrownBy(() -> resource.cohorts(admin, null, null, "week", null, null, null, null))
                .hasMessage("grain: 'week' is not one of month, quarter");
    }
}

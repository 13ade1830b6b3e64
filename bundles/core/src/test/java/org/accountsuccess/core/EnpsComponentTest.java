package org.accountsuccess.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;

import org.accountsuccess.api.enps.DepartmentEnps;
import org.accountsuccess.api.enps.EnpsReport;
import org.accountsuccess.host.spi.DateWindow;
import org.accountsuccess.host.spi.EmployeeResponse;
import org.accountsuccess.kpi.KpiParameters;
import org.junit.jupiter.api.Test;

class EnpsComponentTest {
    private static final DateWindow WINDOW = new DateWindow(LocalDate.parse("2026-01-01"), ThreeAccounts.AS_OF);

    @Test
    void departmentsBelowTheAnonymityFloorAreSuppressedAndCannotBeDerived() {
        TestHost host = ThreeAccounts.host();
        var report = new EnpsComponent(host, host.binding(), KpiParameters::defaults).enps(WINDOW);

        // Ops has 4 responses (< 5): suppressed; Sales (10, 9, 8, 3, 10) alone would give Ops away as
        // the total minus Sales, so it is suppressed too, and the two are shown only combined
        assertThat(report.departments()).extracting(DepartmentEnps::department).containsExactly("Ops", "Sales");
        assertThat(report.departments()).allSatisfy(d -> assertThat(d.suppressed()).isTrue());
        assertThat(report.other().orElseThrow().n()).isEqualTo(9);
        // overall: 9 responses, P 3, D 5 -> 100 * -2 / 9
        assertThat(report.overall().orElseThrow().value().getAsDouble()).isCloseTo(-200.0 / 9, within(1e-9));
    }

    @Test
    void theReportComesFromTheIndexedDataVersionNotFromTheHostAtEachCall() {
        TestHost host = ThreeAccounts.host();
        long[] version = {1};
        HostBinding versioned = HostBinding.versioned(new HostPorts(host, host, host, host, host, host, null),
                () -> version[0], 16);
        var enps = new EnpsComponent(host, versioned, KpiParameters::defaults);
        EnpsReport first = enps.enps(WINDOW);

        // A tenth answer (a promoter in Ops) reaches the host: not counted until the data version moves.
        host.employeeResponses.add(new EmployeeResponse("e-o9", "emp-o9", "Ops", TestHost.at("2026-03-09"), 10, null));
        assertThat(enps.enps(WINDOW)).isSameAs(first);

        version[0] = 2;
        versioned.refresh();
        // 10 responses, P 4, D 5 -> 100 * -1 / 10
        assertThat(enps.enps(WINDOW).overall().orElseThrow().value().getAsDouble()).isCloseTo(-10.0, within(1e-9));
    }

    @Test
    void aBindingWithoutEmployeeRecordsIsReportedNamingTheTargetToCheck() {
        TestHost host = ThreeAccounts.host();
        // the employee port is there, but the binding was told to read a host without one
        HostBinding withoutEmployees = new HostBinding(host, host, host, host, host, null, null);

        assertThatThrownBy(() -> new EnpsComponent(host, withoutEmployees, KpiParameters::defaults).enps(WINDOW))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("eNPS: the host binding reads no employee survey records (data version 0); check"
                        + " employees.target in etc/org.accountsuccess.core.HostBinding.cfg");
    }
}

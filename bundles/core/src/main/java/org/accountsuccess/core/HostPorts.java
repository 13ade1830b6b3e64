package org.accountsuccess.core;

import java.util.Objects;

import org.accountsuccess.host.spi.AccountDirectory;
import org.accountsuccess.host.spi.ActivityLog;
import org.accountsuccess.host.spi.ContractBook;
import org.accountsuccess.host.spi.EmployeeSurveyRecords;
import org.accountsuccess.host.spi.ExchangeRates;
import org.accountsuccess.host.spi.HostDataStatus;
import org.accountsuccess.host.spi.HostStatus;
import org.accountsuccess.host.spi.RevenueLedger;
import org.accountsuccess.host.spi.SurveyRecords;

/**
 * The host ports a component reads. Components bind them through DS; tests and benchmarks hand
 * them in directly.
 *
 * @param accounts required
 * @param surveys required
 * @param contracts required
 * @param activities required
 * @param rates optional ({@code null}: one currency)
 * @param employees optional ({@code null}: no eNPS)
 * @param status optional ({@code null}: the data is live)
 * @param revenue optional ({@code null}: no margin axis)
 */
public record HostPorts(AccountDirectory accounts, SurveyRecords surveys, ContractBook contracts,
        ActivityLog activities, ExchangeRates rates, EmployeeSurveyRecords employees,
        HostStatus status, RevenueLedger revenue) {

    /** Ports without a revenue ledger. */
    public HostPorts(AccountDirectory accounts, SurveyRecords surveys, ContractBook contracts,
            ActivityLog activities, ExchangeRates rates, EmployeeSurveyRecords employees, HostStatus status) {
        this(accounts, surveys, contracts, activities, rates, employees, status, null);
    }

    public HostPorts {
        Objects.requireNonNull(accounts, "HostPorts: 'accounts' is required");
        Objects.requireNonNull(surveys, "HostPorts: 'surveys' is required");
        Objects.requireNonNull(contracts, "HostPorts: 'contracts' is required");
        Objects.requireNonNull(activities, "HostPorts: 'activities' is required");
    }

    /** How fresh the host's data is now. */
    public HostDataStatus dataStatus() {
        return status == null ? HostDataStatus.live() : status.status();
    }
}

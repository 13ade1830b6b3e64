package org.accountsuccess.core;

import org.accountsuccess.host.spi.AccountDirectory;
import org.accountsuccess.host.spi.ActivityLog;
import org.accountsuccess.host.spi.ContractBook;
import org.accountsuccess.host.spi.EmployeeSurveyRecords;
import org.accountsuccess.host.spi.ExchangeRates;
import org.accountsuccess.host.spi.HostStatus;
import org.accountsuccess.host.spi.SurveyRecords;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Binds the host's SPI ports in one place. It is satisfied while the host registers the four
 * required ports; the api services depend on it, so they appear with the host and go away with it.
 * Where several hosts register a port, {@code <port>.target} in the configuration
 * {@code org.accountsuccess.core.HostBinding} picks one (for example
 * {@code accounts.target=(host=tryton)}; {@code status.target} picks the port that says how
 * fresh the data is). Outside a container (tests, benchmarks) it is built
 * with the host objects directly.
 */
@Component(service = HostBinding.class)
public class HostBinding {
    private final HostPorts ports;

    @Activate
    public HostBinding(@Reference(name = "accounts") AccountDirectory accounts,
            @Reference(name = "surveys") SurveyRecords surveys,
            @Reference(name = "contracts") ContractBook contracts,
            @Reference(name = "activities") ActivityLog activities,
            @Reference(name = "rates", cardinality = ReferenceCardinality.OPTIONAL,
                    policyOption = ReferencePolicyOption.GREEDY) ExchangeRates rates,
            @Reference(name = "employees", cardinality = ReferenceCardinality.OPTIONAL,
                    policyOption = ReferencePolicyOption.GREEDY) EmployeeSurveyRecords employees,
            @Reference(name = "status", cardinality = ReferenceCardinality.OPTIONAL,
                    policyOption = ReferencePolicyOption.GREEDY) HostStatus status) {
        this.ports = new HostPorts(accounts, surveys, contracts, activities, rates, employees, status);
    }

    public HostPorts ports() {
        return ports;
    }
}

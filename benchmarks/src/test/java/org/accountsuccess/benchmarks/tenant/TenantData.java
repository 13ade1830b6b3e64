package org.accountsuccess.benchmarks.tenant;

import java.util.List;

import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.Activity;
import org.accountsuccess.host.spi.ActivityQuery;
import org.accountsuccess.host.spi.Contact;
import org.accountsuccess.host.spi.Contract;
import org.accountsuccess.host.spi.ContractQuery;
import org.accountsuccess.host.spi.SurveyInvitation;
import org.accountsuccess.host.spi.SurveyQuery;
import org.accountsuccess.host.spi.SurveyResponse;
import org.accountsuccess.host.spi.TimeRange;

/** Every row of a host as records: the full data that filtered queries are checked against. */
record TenantData(List<Account> accounts, List<Contact> contacts, List<SurveyResponse> responses,
        List<SurveyInvitation> invitations, List<Contract> contracts, List<Activity> activities) {

    static TenantData of(InMemoryHost host) {
        return new TenantData(host.accounts().toList(), host.allContacts().toList(),
                host.responses(SurveyQuery.tenant(TimeRange.ALL)).toList(),
                host.invitations(SurveyQuery.tenant(TimeRange.ALL)).toList(),
                host.contracts(ContractQuery.ALL).toList(),
                host.activities(new ActivityQuery(null, TimeRange.ALL, null)).toList());
    }
}

package org.accountsuccess.tryton;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.Activity;
import org.accountsuccess.host.spi.ActivityQuery;
import org.accountsuccess.host.spi.Contact;
import org.accountsuccess.host.spi.Contract;
import org.accountsuccess.host.spi.ContractQuery;
import org.accountsuccess.host.spi.SurveyInvitation;
import org.accountsuccess.host.spi.SurveyQuery;
import org.accountsuccess.host.spi.SurveyResponse;

/**
 * One consistent read of the Tryton data, in host records. Every figure is computed from one
 * snapshot, never from a mix of an old and a new one, nor from a half-read one.
 *
 * @param readAt when the read started
 * @param accounts by account id (the party code)
 * @param partyIds the Tryton party id of each account
 * @param contacts by account id
 * @param contracts every contract
 * @param activities every activity
 * @param responses every survey response (empty when surveys are not read from Tryton)
 * @param invitations every survey invitation (likewise)
 * @param accountOfContact the account id of each contact id
 */
record TrytonSnapshot(Instant readAt, Map<String, Account> accounts, Map<String, Long> partyIds,
        Map<String, List<Contact>> contacts, List<Contract> contracts, List<Activity> activities,
        List<SurveyResponse> responses, List<SurveyInvitation> invitations, Map<String, String> accountOfContact) {
    TrytonSnapshot {
        responses = List.copyOf(responses);
        invitations = List.copyOf(invitations);
        accountOfContact = Map.copyOf(accountOfContact);
        accounts = Map.copyOf(accounts);
        partyIds = Map.copyOf(partyIds);
        contacts = Map.copyOf(contacts);
        contracts = List.copyOf(contracts);
        activities = List.copyOf(activities);
    }

    Optional<Account> account(String id) {
        return Optional.ofNullable(accounts.get(id));
    }

    Stream<Contact> contacts(String accountId) {
        return contacts.getOrDefault(accountId, List.of()).stream();
    }

    Stream<Contact> allContacts() {
        return contacts.values().stream().flatMap(List::stream);
    }

    Stream<Contract> contracts(ContractQuery query) {
        return contracts.stream().filter(query::matches);
    }

    Stream<Contract> renewalsOf(Collection<String> contractIds) {
        Set<String> ids = Set.copyOf(contractIds);
        return contracts.stream().filter(c -> c.renewalOf() != null && ids.contains(c.renewalOf()));
    }

    Stream<Activity> activities(ActivityQuery query) {
        return activities.stream().filter(query::matches);
    }

    Stream<SurveyResponse> responses(SurveyQuery query) {
        return responses.stream().filter(r -> query.range().contains(r.answeredAt())
                && ofAccount(query, r.contactId()));
    }

    Stream<SurveyInvitation> invitations(SurveyQuery query) {
        return invitations.stream().filter(i -> query.range().contains(i.sentAt())
                && ofAccount(query, i.contactId()));
    }

    private boolean ofAccount(SurveyQuery query, String contactId) {
        return query.accountId() == null || query.accountId().equals(accountOfContact.get(contactId));
    }
}

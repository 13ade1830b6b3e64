package org.accountsuccess.kpi.account;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.accountsuccess.api.nps.NpsLevel;
import org.accountsuccess.api.nps.NpsResult;
import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.Activity;
import org.accountsuccess.host.spi.Contact;
import org.accountsuccess.host.spi.Contract;
import org.accountsuccess.host.spi.DateWindow;
import org.accountsuccess.host.spi.SurveyResponse;
import org.accountsuccess.kpi.KpiParameters;
import org.accountsuccess.kpi.nps.NpsTally;

/**
 * The {@link AccountFacts} of a set of accounts, fed by streams of host records in any order. A
 * record of an account outside the set (or a response of an unknown contact) is skipped, so one
 * pass over tenant-wide streams serves any subset. Feed contacts before responses, contracts
 * before renewals.
 *
 * <p>Memory: per account its contacts, contracts, and two responses per contact; activities and
 * the responses of the response-level tally are not kept.
 */
public final class AccountPortfolio {
    private final DateWindow window;
    private final KpiParameters parameters;
    private final Map<String, AccountFacts> byAccount = new TreeMap<>();
    private final Map<String, AccountFacts> byContact = new HashMap<>();
    private final Map<String, AccountFacts> byContract = new HashMap<>();
    private final NpsTally everyResponse = new NpsTally();

    /**
     * @param accounts the accounts in the set
     * @param window the counting window; its last day is the as-of day
     */
    public AccountPortfolio(Collection<Account> accounts, DateWindow window, KpiParameters parameters) {
        this.window = window;
        this.parameters = parameters;
        accounts.forEach(a -> byAccount.put(a.id(), new AccountFacts(a, window, parameters)));
    }

    /** A portfolio counted over the lookback of the parameters ending on {@code asOf}. */
    public static AccountPortfolio asOf(Collection<Account> accounts, LocalDate asOf,
            KpiParameters parameters) {
        return new AccountPortfolio(accounts, DateWindow.lookback(asOf, parameters.lookbackDays()), parameters);
    }

    /** The last day of the counting window. */
    public LocalDate asOf() {
        return window.to();
    }

    public void addContact(Contact contact) {
        AccountFacts facts = byAccount.get(contact.accountId());
        if (facts != null) {
            facts.addContact(contact);
            byContact.put(contact.id(), facts);
        }
    }

    public void addResponse(SurveyResponse response) {
        AccountFacts facts = byContact.get(response.contactId());
        if (facts != null) {
            facts.addResponse(response);
            if (window.contains(response.answeredAt().atZone(parameters.zone()).toLocalDate())) {
                everyResponse.addScore(response.score());
            }
        }
    }

    public void addContract(Contract contract) {
        AccountFacts facts = byAccount.get(contract.accountId());
        if (facts != null) {
            facts.addContract(contract);
            byContract.put(contract.id(), facts);
        }
    }

    /** The ids of the contracts fed, to ask the host for their renewals. */
    public Set<String> contractIds() {
        return Collections.unmodifiableSet(byContract.keySet());
    }

    /**
     * Records a renewal of a contract fed, wherever it is booked (a parent's or successor's
     * contract may renew it); feed contracts first. A renewal of no contract fed is skipped.
     */
    public void addRenewal(Contract renewal) {
        AccountFacts facts = renewal.renewalOf() == null ? null : byContract.get(renewal.renewalOf());
        if (facts != null) {
            facts.addRenewal(renewal);
        }
    }

    public void addActivity(Activity activity) {
        AccountFacts facts = byAccount.get(activity.accountId());
        if (facts != null) {
            facts.addActivity(activity);
        }
    }

    /** The accounts' facts, by account id. */
    public Collection<AccountFacts> accounts() {
        return Collections.unmodifiableCollection(byAccount.values());
    }

    public Optional<AccountFacts> account(String accountId) {
        return Optional.ofNullable(byAccount.get(accountId));
    }

    /**
     * NPS over the window at a level: every response, each contact's latest response, or each
     * account's loyalty class.
     */
    public NpsResult nps(NpsLevel level) {
        NpsTally tally = switch (level) {
            case RESPONSE -> everyResponse;
            case CONTACT -> {
                NpsTally contacts = new NpsTally();
                byAccount.values().forEach(f -> f.contacts().forEach(c -> contacts.add(f.classOf(c))));
                yield contacts;
            }
            case ACCOUNT -> {
                NpsTally accounts = new NpsTally();
                byAccount.values().forEach(f -> accounts.add(f.loyalty().loyaltyClass()));
                yield accounts;
            }
        };
        return tally.result(parameters.confidenceZ());
    }
}

package org.accountsuccess.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.accountsuccess.api.changes.AccountChangeService;
import org.accountsuccess.api.changes.AccountChanges;
import org.accountsuccess.api.scorecard.AccountScorecardService;
import org.accountsuccess.api.stakeholder.StakeholderLoyaltyService;
import org.accountsuccess.api.stakeholder.StakeholderMap;
import org.accountsuccess.kpi.account.AccountChangesBetween;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** An account's scorecard and stakeholders on two days, compared ({@link AccountChangesBetween}). */
@Component(service = AccountChangeService.class)
public class AccountChangesComponent implements AccountChangeService {
    private final AccountScorecardService scorecards;
    private final StakeholderLoyaltyService stakeholders;

    @Activate
    public AccountChangesComponent(@Reference AccountScorecardService scorecards,
            @Reference StakeholderLoyaltyService stakeholders) {
        this.scorecards = scorecards;
        this.stakeholders = stakeholders;
    }

    @Override
    public Optional<AccountChanges> changes(String accountId, LocalDate from, LocalDate to) {
        return day(accountId, from).flatMap(before -> day(accountId, to)
                .map(after -> AccountChangesBetween.of(accountId, before, after)));
    }

    private Optional<AccountChangesBetween.Day> day(String accountId, LocalDate asOf) {
        return scorecards.scorecard(accountId, asOf).map(card -> new AccountChangesBetween.Day(asOf, card.health(),
                card.loyalty(), stakeholders.stakeholders(accountId, asOf).map(StakeholderMap::stakeholders).orElse(List.of())));
    }
}

package org.accountsuccess.api.scorecard;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.host.spi.Account;
import org.osgi.annotation.versioning.ProviderType;

/** Account scorecards, one account at a time or the whole portfolio. */
@ProviderType
public interface AccountScorecardService {

    /** One account's scorecard as of {@code asOf}; empty for an unknown account. Reads only that account's data. */
    Optional<AccountScorecard> scorecard(String accountId, LocalDate asOf);

    /** The scorecards of every account the filter selects, by account id, reading each kind of host data once. */
    List<AccountScorecard> scorecards(AccountFilter filter, LocalDate asOf);

    /**
     * The accounts the filter selects, from the same version of the host's data the scorecards
     * are computed from (a list that pages through accounts and shows their scorecards never
     * names an account the figures do not know yet). No figure is computed.
     */
    List<Account> accounts(AccountFilter filter);
}

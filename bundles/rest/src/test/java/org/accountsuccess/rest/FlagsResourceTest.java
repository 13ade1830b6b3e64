package org.accountsuccess.rest;

import static org.accountsuccess.rest.Fixtures.account;
import static org.accountsuccess.rest.Fixtures.as;
import static org.accountsuccess.rest.Fixtures.scorecard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.accountsuccess.host.spi.Account;
import org.accountsuccess.rest.access.ProductRole;
import org.accountsuccess.rest.json.RecordJsonWriter;
import org.accountsuccess.rest.problem.BadParameterException;
import org.junit.jupiter.api.Test;

class FlagsResourceTest {
    private final Account a1 = account("acc-001", "u-rep1", "Enterprise", 1);
    private final Account a2 = account("acc-002", "u-rep2", "Enterprise", 2);
    private final Account a3 = account("acc-003", "u-rep1", "SMB", 3);
    // acc-002 is short of a decision maker: its coverage check fails
    private final Fixtures.FakeScorecards scorecards = new Fixtures.FakeScorecards(List.of(
            scorecard(a3, null, "600", false, null), scorecard(a2, -10.0, "24000", true, 35.0),
            scorecard(a1, 40.0, "1200", false, 75.0)));
    private final FlagsResource resource = new FlagsResource(scorecards, Fixtures.ownerScopes(List.of(a1, a2, a3)));

    @Test
    void everyVisibleAccountsFlagsByIdInOneCompactAnswer() throws Exception {
        Page<FlagsResource.AccountFlags> page = resource.flags(as("boss", ProductRole.MANAGER), null, null, null, null,
                "2026-11-15", null, null);
        assertThat(RecordJsonWriter.write(page)).isEqualTo("{\"items\":[{\"id\":\"acc-001\",\"flags\":[]},"
                + "{\"id\":\"acc-002\",\"flags\":[\"coverage\"]},{\"id\":\"acc-003\",\"flags\":[]}],\"total\":3,"
                + "\"offset\":0,\"limit\":1000}");
        assertThat(resource.flags(as("boss", ProductRole.MANAGER), null, null, null, "coverage", null, null, null)
                .items()).extracting(FlagsResource.AccountFlags::id).containsExactly("acc-002");
        assertThat(resource.flags(as("u-rep1", ProductRole.REP), null, null, null, null, null, null, "20000").items())
                .extracting(FlagsResource.AccountFlags::id).containsExactly("acc-001", "acc-003");
    }

    @Test
    void aBadFlagOrLimitIsRefusedNamingIt() {
        assertThatThrownBy(() -> resource.flags(as("boss", ProductRole.MANAGER), null, null, null, "late", null, null,
                null)).isInstanceOf(BadParameterException.class).hasMessageContaining("flag: 'late'");
        assertThatThrownBy(() -> resource.flags(as("boss", ProductRole.MANAGER), null, null, null, null, null, null,
                "20001")).isInstanceOf(BadParameterException.class).hasMessageContaining("limit");
    }
}

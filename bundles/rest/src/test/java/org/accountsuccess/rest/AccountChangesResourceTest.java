package org.accountsuccess.rest;

import static org.accountsuccess.rest.Fixtures.account;
import static org.accountsuccess.rest.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.accountsuccess.api.LoyaltyClass;
import org.accountsuccess.api.changes.AccountChanges;
import org.accountsuccess.api.changes.AccountChanges.Change;
import org.accountsuccess.rest.access.ProductRole;
import org.accountsuccess.rest.json.RecordJsonWriter;
import org.accountsuccess.rest.problem.AccountNotFoundException;
import org.accountsuccess.rest.problem.BadParameterException;
import org.junit.jupiter.api.Test;

class AccountChangesResourceTest {
    private final List<LocalDate[]> asked = new ArrayList<>();
    private final AccountChangesResource resource = new AccountChangesResource((id, from, to) -> {
        asked.add(new LocalDate[] {from, to});
        return id.equals("acc-001") ? Optional.of(new AccountChanges(id, from, to,
                Change.of(OptionalDouble.of(70), OptionalDouble.of(56.5)), Optional.empty(), Optional.empty(),
                Change.of(OptionalDouble.empty(), OptionalDouble.of(-20)), LoyaltyClass.NON_RESPONDER, LoyaltyClass.DETRACTOR,
                List.of(), List.of())) : Optional.empty();
    }, Fixtures.ownerScopes(List.of(account("acc-001", "u-rep1", "SMB", 1), account("acc-002", "u-rep2", "SMB", 1))));

    @Test
    void ninetyDaysBeforeToByDefaultWithTheChangesOfEitherFigure() throws Exception {
        AccountChanges changes = resource.changes(as("u-rep1", ProductRole.REP), "acc-001", null, "2026-11-15");
        assertThat(asked.get(0)).containsExactly(LocalDate.parse("2026-08-17"), LocalDate.parse("2026-11-15"));
        assertThat(RecordJsonWriter.write(changes)).startsWith("{\"accountId\":\"acc-001\",\"from\":\"2026-08-17\","
                + "\"to\":\"2026-11-15\",\"health\":{\"before\":70.0,\"after\":56.5,\"change\":-13.5},\"bandBefore\":null,"
                + "\"bandAfter\":null,\"accountNps\":{\"before\":null,\"after\":-20.0,\"change\":null},"
                + "\"classBefore\":\"non_responder\",\"classAfter\":\"detractor\"");
    }

    @Test
    void anotherRepsAccountIsUnknownAndTheDaysMustBeInOrder() {
        assertThatThrownBy(() -> resource.changes(as("u-rep1", ProductRole.REP), "acc-002", null, null))
                .isInstanceOf(AccountNotFoundException.class);
        assertThat(asked).isEmpty();
        assertThatThrownBy(() -> resource.changes(as("boss", ProductRole.MANAGER), "acc-001", "2026-11-16", "2026-11-15"))
                .isInstanceOf(BadParameterException.class)
                .hasMessage("from 2026-11-16 is after to 2026-11-15: the window is inverted");
        assertThatThrownBy(() -> resource.changes(as("boss", ProductRole.MANAGER), "acc-404", null, null))
                .isInstanceOf(AccountNotFoundException.class);
    }
}

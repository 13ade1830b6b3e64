package org.accountsuccess.host.spi;

import static org.accountsuccess.host.spi.SpiRecords.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SPI records reject bad values at the door, with a message naming the record, its id and
 * the field (package-info of the SPI, metrics.md "valid response", data-format.md).
 */
class RecordValidationTest {

    private static Arguments bad(String what, ThrowingCallable construction, String... messageParts) {
        return Arguments.of(what, construction, messageParts);
    }

    static Stream<Arguments> badRecords() {
        return Stream.of(
                bad("SurveyResponse score 11", () -> SpiRecords.response("r-1", "k-1", 11),
                        "SurveyResponse r-1", "'score'", "11"),
                bad("SurveyResponse score -1", () -> SpiRecords.response("r-2", "k-1", -1),
                        "SurveyResponse r-2", "'score'", "-1"),
                bad("EmployeeResponse score 11", () -> SpiRecords.employeeResponse("e-1", "Sales", 11),
                        "EmployeeResponse e-1", "'score'", "11"),
                bad("EmployeeResponse score -1", () -> SpiRecords.employeeResponse("e-2", "Sales", -1),
                        "EmployeeResponse e-2", "'score'", "-1"),
                bad("Contract negative MRR", () -> SpiRecords.contract("c-1", "a-1", START, null, "-0.01"),
                        "Contract c-1", "'mrr'", "-0.01"),
                bad("Contract without MRR", () -> SpiRecords.contract("c-2", "a-1", START, null, null),
                        "Contract c-2", "'mrr'", "required"),
                bad("Contract ending before it starts",
                        () -> SpiRecords.contract("c-3", "a-1", START, START.minusDays(1), "10"),
                        "Contract c-3", "'endDate'", "2023-12-31", "'startDate'", "2024-01-01"),
                bad("Contract without start date", () -> SpiRecords.contract("c-4", "a-1", null, null, "10"),
                        "Contract c-4", "'startDate'", "required"),
                bad("Contract without account", () -> SpiRecords.contract("c-5", null, START, null, "10"),
                        "Contract c-5", "'accountId'", "required"),
                bad("Contract renewing itself", () -> SpiRecords.renewal("c-6", "c-6"),
                        "Contract c-6", "'renewalOf'"),
                bad("Account tier 4", () -> SpiRecords.account("a-1", "Acme", 4), "Account a-1", "'tier'", "4"),
                bad("Account tier 0", () -> SpiRecords.account("a-2", "Acme", 0), "Account a-2", "'tier'", "0"),
                bad("Account without name", () -> SpiRecords.account("a-3", " ", 1),
                        "Account a-3", "'name'", "required"),
                bad("Account without id", () -> SpiRecords.account(null, "Acme", 1), "Account", "'id'", "required"),
                bad("Account with blank id", () -> SpiRecords.account("  ", "Acme", 1),
                        "Account", "'id'", "required"),
                bad("Contact without id", () -> SpiRecords.contact(null, "a-1", Role.A), "Contact", "'id'",
                        "required"),
                bad("Contact without account", () -> SpiRecords.contact("k-1", "", Role.A),
                        "Contact k-1", "'accountId'", "required"),
                bad("Contact without role", () -> SpiRecords.contact("k-2", "a-1", null),
                        "Contact k-2", "'role'", "required"),
                bad("SurveyResponse without id", () -> SpiRecords.response(null, "k-1", 9),
                        "SurveyResponse", "'id'", "required"),
                bad("SurveyResponse without contact", () -> SpiRecords.response("r-3", null, 9),
                        "SurveyResponse r-3", "'contactId'", "required"),
                bad("EmployeeResponse without department", () -> SpiRecords.employeeResponse("e-3", "", 9),
                        "EmployeeResponse e-3", "'department'", "required"),
                bad("Contract without id", () -> SpiRecords.contract(null, "a-1", START, null, "10"),
                        "Contract", "'id'", "required"),
                bad("Activity without account", () -> SpiRecords.activity("x-1", null, ActivityType.CALL),
                        "Activity x-1", "'accountId'", "required"),
                bad("Activity without type", () -> SpiRecords.activity("x-2", "a-1", null),
                        "Activity x-2", "'type'", "required"),
                bad("SurveyInvitation without contact",
                        () -> new SurveyInvitation("i-1", "s-1", null, SpiRecords.ANSWERED),
                        "SurveyInvitation i-1", "'contactId'", "required"),
                bad("FollowUp of a response without contact", () -> new FollowUp("r-4", "a-1", null, null,
                        FollowUp.Kind.CALL_BACK, START, "Call back"), "FollowUp r-4", "'contactId'", "required"),
                bad("FollowUpChange of version 1", () -> new FollowUpChange("r-4", 1, FollowUpStatus.DONE, null,
                        null, null, "rep", SpiRecords.ANSWERED), "FollowUpChange 'r-4'", "version 1"),
                bad("FollowUpChange snoozed without a day", () -> new FollowUpChange("r-4", 2,
                        FollowUpStatus.SNOOZED, null, null, null, "rep", SpiRecords.ANSWERED),
                        "FollowUpChange 'r-4'", "snoozedUntil"),
                bad("FollowUpChange done with a snooze day", () -> new FollowUpChange("r-4", 2,
                        FollowUpStatus.DONE, START, null, null, "rep", SpiRecords.ANSWERED),
                        "FollowUpChange 'r-4'", "snoozedUntil"),
                bad("ExchangeRateTable with a zero rate",
                        () -> new ExchangeRateTable("EUR", Map.of("USD", BigDecimal.ZERO)),
                        "ExchangeRateTable USD", "'rateToBase'", "0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRecords")
    void rejectsBadValuesNamingRecordIdAndField(String what, ThrowingCallable construction, String[] messageParts) {
        assertThatIllegalArgumentException().isThrownBy(construction).withMessageContainingAll(messageParts);
    }

    @Test
    void aRecommendedActionNeedsNoContact() {
        FollowUp action = new FollowUp("act-1", "a-1", null, "rep", FollowUp.Kind.RECOMMENDED_ACTION, START,
                "Schedule a business review");
        assertThat(action.contactId()).isNull();
    }

    @ParameterizedTest(name = "score {0} is valid")
    @ValueSource(ints = {0, 10})
    void acceptsTheScoreBounds(int score) {
        assertThat(SpiRecords.response("r-1", "k-1", score).score()).isEqualTo(score);
        assertThat(SpiRecords.employeeResponse("e-1", "Sales", score).score()).isEqualTo(score);
    }

    @Test
    void acceptsZeroMrrAndAOneDayContract() {
        Contract oneDay = SpiRecords.contract("c-1", "a-1", START, START, "0");

        assertThat(oneDay.mrr()).isEqualByComparingTo("0");
        assertThat(oneDay.covers(START)).isTrue();
        assertThat(oneDay.covers(START.plusDays(1))).isFalse();
    }

    @Test
    void blankOptionalTextIsAbsentAndDriversAreCopied() {
        SurveyResponse response = new SurveyResponse("r-1", "k-1", SpiRecords.ANSWERED, 9, " ", "", null);

        assertThat(response.surveyId()).isNull();
        assertThat(response.comment()).isNull();
        assertThat(response.drivers()).isEmpty();
        assertThat(SpiRecords.account("a-1", "Acme", 2).industry()).isNull();
    }

    @Test
    void contractCoversItsFirstAndLastDayAndAnEvergreenNeverEnds() {
        Contract year = SpiRecords.contract("c-1", "a-1", START, LocalDate.parse("2024-12-31"), "10");
        Contract evergreen = SpiRecords.contract("c-2", "a-1", START, null, "10");

        assertThat(year.covers(LocalDate.parse("2023-12-31"))).isFalse();
        assertThat(year.covers(START)).isTrue();
        assertThat(year.covers(LocalDate.parse("2024-12-31"))).isTrue();
        assertThat(year.covers(LocalDate.parse("2025-01-01"))).isFalse();
        assertThat(evergreen.evergreen()).isTrue();
        assertThat(evergreen.covers(LocalDate.parse("2999-01-01"))).isTrue();
    }

    @Test
    void driverTagsReadTheirPolarity() {
        assertThat(DriverTag.parse(" -communication skills").polarity()).isEqualTo(DriverTag.Polarity.NEGATIVE);
        assertThat(DriverTag.parse("-communication skills").name()).isEqualTo("communication skills");
        assertThat(DriverTag.parse("+price")).isEqualTo(new DriverTag("price", DriverTag.Polarity.POSITIVE));
        assertThat(DriverTag.parse("onboarding").toString()).isEqualTo("onboarding");
        assertThatIllegalArgumentException().isThrownBy(() -> DriverTag.parse("-"))
                .withMessageContaining("'name'");
    }

    @Test
    void activityTypesReadTheirFileForm() {
        assertThat(ActivityType.fromCode("marketing_email")).isEqualTo(ActivityType.MARKETING_EMAIL);
        assertThat(ActivityType.SUPPORT_TICKET.code()).isEqualTo("support_ticket");
        assertThatIllegalArgumentException().isThrownBy(() -> ActivityType.fromCode("fax"))
                .withMessageContainingAll("'fax'", "business_review");
    }

    @Test
    void instantsAreKeptAsGiven() {
        Instant at = Instant.parse("2024-06-30T23:59:59Z");
        assertThat(new SurveyResponse("r-1", "k-1", at, 7, null, null, List.of()).answeredAt()).isEqualTo(at);
    }
}

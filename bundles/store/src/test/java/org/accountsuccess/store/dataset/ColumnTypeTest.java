package org.accountsuccess.store.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The value rules of data-format.md. */
class ColumnTypeTest {

    @ParameterizedTest
    @ValueSource(strings = {"ten", "6.5", "11", "-1", "+5", " 5", "1e1"})
    void aScoreIsAnIntegerFromZeroToTen(String text) {
        assertThatThrownBy(() -> ColumnType.SCORE.parse(text)).hasMessage("is not an integer from 0 to 10");
    }

    @Test
    void scoresAndTiersInRangeAreRead() {
        assertThat(ColumnType.SCORE.parse("0")).isEqualTo(0);
        assertThat(ColumnType.SCORE.parse("10")).isEqualTo(10);
        assertThat(ColumnType.TIER.parse("1")).isEqualTo(1);
        assertThatThrownBy(() -> ColumnType.TIER.parse("0")).hasMessage("is not an integer from 1 to 3");
        assertThatThrownBy(() -> ColumnType.TIER.parse("4")).hasMessage("is not an integer from 1 to 3");
    }

    @Test
    void aBlankRequiredValueIsRefusedAndABlankOptionalOneTakesItsDefault() {
        assertThatThrownBy(() -> Column.required("score", ColumnType.SCORE).read("")).hasMessage("is required");
        assertThatThrownBy(() -> Column.required("name", ColumnType.TEXT).read("  ")).hasMessage("is required");
        assertThat(Column.optional("tier", ColumnType.TIER, 3).read("")).isEqualTo(3);
        assertThat(Column.optional("tier", ColumnType.TIER, 3).read(null)).isEqualTo(3);
        assertThat(Column.optional("segment", ColumnType.TEXT).read(" ")).isNull();
    }

    @Test
    void textThatWasNotUtf8IsRefused() {
        assertThatThrownBy(() -> Column.optional("name", ColumnType.TEXT).read("M\uFFFDller"))
                .hasMessageStartingWith("holds bytes that are not UTF-8");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2026-03-01T09:30:00Z|2026-03-01T09:30:00Z",
        "2026-03-01T10:30:00+01:00|2026-03-01T09:30:00Z",
        "2026-03-01T09:30Z|2026-03-01T09:30:00Z",
        "2026-03-01|2026-03-01T00:00:00Z",
        "2026-03-01T09:30:00.123456789Z|2026-03-01T09:30:00.123456Z"})
    void timestampsHaveAnOffsetOrAreBareDates(String text, String instant) {
        assertThat(ColumnType.TIMESTAMP.parse(text)).isEqualTo(Instant.parse(instant));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-01T09:30:00", "2026-03-01 09:30:00Z", "01.03.2026", "yesterday", "2026-02-30"})
    void aTimestampWithoutOffsetOrDateIsRefused(String text) {
        assertThatThrownBy(() -> ColumnType.TIMESTAMP.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-2-1", "2026-02-30", "01/02/2026", "2026-02-01T00:00:00Z"})
    void datesAreCalendarDatesOfTheFormYearMonthDay(String text) {
        assertThatThrownBy(() -> ColumnType.DATE.parse(text)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ColumnType.DATE.parse("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void moneyHasADotAndNoThousandsSeparator() {
        assertThat(ColumnType.MONEY.parse("1234.50")).isEqualTo(new BigDecimal("1234.5"));
        assertThat(ColumnType.MONEY.parse("-20")).isEqualTo(new BigDecimal("-20"));
        assertThat(ColumnType.MONEY.parse("1000")).isEqualTo(new BigDecimal("1000"));
        for (String text : new String[] {"1,000.00", "1.000,00", "12,5", "1e3", ".5", "5.", "EUR 5", "1 000"}) {
            assertThatThrownBy(() -> ColumnType.MONEY.parse(text)).as(text)
                    .hasMessageStartingWith("is not a decimal number with a dot and no thousands separator");
        }
        assertThatThrownBy(() -> ColumnType.MONEY.parse("0.1234567")).hasMessage("has more than 6 decimal places");
        assertThatThrownBy(() -> ColumnType.NON_NEGATIVE_MONEY.parse("-0.01")).hasMessage("is negative, must be >= 0");
        assertThat(ColumnType.NON_NEGATIVE_MONEY.parse("0")).isEqualTo(BigDecimal.ZERO);
        assertThatThrownBy(() -> ColumnType.RATE.parse("0")).hasMessage("must be > 0");
        assertThatThrownBy(() -> ColumnType.RATE.parse("-1.2")).hasMessage("must be > 0");
    }

    @Test
    void codesComeFromTheirLists() {
        assertThat(ColumnType.BOOLEAN.parse("false")).isEqualTo(false);
        assertThatThrownBy(() -> ColumnType.BOOLEAN.parse("TRUE")).hasMessage("is not true or false");
        assertThatThrownBy(() -> ColumnType.ROLE.parse("a")).hasMessage("is not one of A, B, C");
        assertThat(ColumnType.ACTIVITY_TYPE.parse("marketing_email")).isEqualTo("marketing_email");
        assertThatThrownBy(() -> ColumnType.ACTIVITY_TYPE.parse("Call")).hasMessage("is not one of support_ticket,"
                + " business_review, meeting, call, email, marketing_email, visit, other");
        assertThatThrownBy(() -> ColumnType.DIRECTION.parse("both")).hasMessage("is not one of inbound, outbound");
        assertThatThrownBy(() -> ColumnType.STATUS.parse("pending")).hasMessage("is not one of open, closed");
        assertThatThrownBy(() -> ColumnType.SEVERITY.parse("urgent")).hasMessage("is not one of low, normal, high, critical");
        assertThatThrownBy(() -> ColumnType.CURRENCY.parse("usd")).hasMessageStartingWith("is not an ISO 4217 currency code");
        assertThatThrownBy(() -> ColumnType.CURRENCY.parse("EURO")).hasMessageStartingWith("is not an ISO 4217 currency code");
    }

    @Test
    void driversAndRolesAreSemicolonSeparatedAndStoredInCanonicalForm() {
        assertThat(ColumnType.DRIVERS.parse("+price; -support ;speed")).isEqualTo("+price;-support;speed");
        assertThatThrownBy(() -> ColumnType.DRIVERS.parse("+price;;speed")).hasMessage("tag 2 of 3 is empty");
        assertThatThrownBy(() -> ColumnType.DRIVERS.parse("-")).hasMessage("tag 1 of 1 is empty");
        assertThat(ColumnType.USER_ROLES.parse("manager; rep")).isEqualTo("manager;rep");
        assertThatThrownBy(() -> ColumnType.USER_ROLES.parse("admin;boss"))
                .hasMessage("is not one of admin, manager, rep, hr");
    }

    @Test
    void textIsLimitedInLengthAndFreeOfNul() {
        assertThat(ColumnType.TEXT.parse("x".repeat(255))).isEqualTo("x".repeat(255));
        assertThatThrownBy(() -> ColumnType.TEXT.parse("x".repeat(256)))
                .hasMessage("is 256 characters long, at most 255 are allowed");
        assertThatThrownBy(() -> ColumnType.LONG_TEXT.parse("a\0b")).hasMessage("contains a NUL character");
    }

    @Test
    void valuesAreWrittenBackInTheFileForm() {
        assertThat(ColumnType.MONTH.format(ColumnType.MONTH.parse("2026-03"))).isEqualTo("2026-03");
        assertThat(ColumnType.TIMESTAMP.format(ColumnType.TIMESTAMP.parse("2026-03-01T10:30:00+01:00")))
                .isEqualTo("2026-03-01T09:30:00Z");
        assertThat(ColumnType.MONEY.format(ColumnType.MONEY.parse("1200.50"))).isEqualTo("1200.5");
        assertThat(ColumnType.MONEY.format(ColumnType.MONEY.parse("1200"))).isEqualTo("1200");
        assertThat(ColumnType.BOOLEAN.format(true)).isEqualTo("true");
        assertThat(ColumnType.TEXT.format(null)).isEmpty();
    }
}

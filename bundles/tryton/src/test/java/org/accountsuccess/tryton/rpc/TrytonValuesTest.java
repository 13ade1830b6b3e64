package org.accountsuccess.tryton.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class TrytonValuesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void readsTrytonsDatesDatetimesAndDecimals() throws Exception {
        assertThat(TrytonValues.date(JSON.readTree("{\"__class__\":\"date\",\"year\":2026,\"month\":2,\"day\":28}")))
                .isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(TrytonValues.datetime(JSON.readTree("{\"__class__\":\"datetime\",\"year\":2026,\"month\":11,"
                + "\"day\":22,\"hour\":13,\"minute\":22,\"second\":49,\"microsecond\":841910}")))
                .isEqualTo(Instant.parse("2026-11-22T13:22:49.841910Z"));
        assertThat(TrytonValues.decimal(JSON.readTree("{\"__class__\":\"Decimal\",\"decimal\":\"49.50\"}")))
                .isEqualTo(new BigDecimal("49.50"));
        assertThat(TrytonValues.decimal(JSON.readTree("2.0"))).isEqualByComparingTo("2");
    }

    @Test
    void emptyIsNullAndAWrongTypeIsNamed() throws Exception {
        assertThat(TrytonValues.date(JSON.readTree("null"))).isNull();
        assertThat(TrytonValues.text(JSON.readTree("false"))).isNull();
        assertThat(TrytonValues.text(JSON.readTree("\"  \""))).isNull();
        assertThatThrownBy(() -> TrytonValues.date(JSON.readTree("\"2026-01-01\"")))
                .hasMessage("expected a date from Tryton, got \"2026-01-01\"");
    }

    @Test
    void writesTheSameForms() {
        assertThat(TrytonValues.date(LocalDate.of(2025, 1, 1)).toString())
                .isEqualTo("{\"__class__\":\"date\",\"year\":2025,\"month\":1,\"day\":1}");
        assertThat(TrytonValues.decimal(new BigDecimal("100.00")).toString())
                .isEqualTo("{\"__class__\":\"Decimal\",\"decimal\":\"100.00\"}");
    }
}

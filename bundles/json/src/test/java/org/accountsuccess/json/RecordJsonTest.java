package org.accountsuccess.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

class RecordJsonTest {
    record Figures(LocalDate day, Instant at, BigDecimal money, OptionalDouble ratio, Optional<String> note) {
    }

    @Test
    void recordsWithIsoDatesPlainMoneyAndEmptyOptionalsAsNull() throws Exception {
        var figures = new Figures(LocalDate.of(2026, 11, 15), Instant.parse("2026-11-15T08:55:00Z"),
                new BigDecimal("1E+3"), OptionalDouble.empty(), Optional.of("x"));
        assertThat(RecordJson.builder().build().writeValueAsString(figures)).isEqualTo(
                "{\"day\":\"2026-11-15\",\"at\":\"2026-11-15T08:55:00Z\",\"money\":1000,\"ratio\":null,\"note\":\"x\"}");
    }
}

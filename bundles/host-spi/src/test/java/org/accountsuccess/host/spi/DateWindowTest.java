package org.accountsuccess.host.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** "As of d with a lookback of W days means (d - W days, d]"; windows include both ends (metrics.md conventions). */
class DateWindowTest {
    private static final LocalDate AS_OF = LocalDate.parse("2024-06-30");

    @Test
    void lookbackExcludesTheDayWDaysBackAndIncludesTheAsOfDay() {
        DateWindow year = DateWindow.lookback(AS_OF, 365);

        // 2024-06-30 - 365 days = 2023-07-01 (2024 is a leap year), excluded; the window starts the day after
        assertThat(year.from()).isEqualTo(LocalDate.parse("2023-07-02"));
        assertThat(year.contains(LocalDate.parse("2023-07-01"))).isFalse();
        assertThat(year.contains(LocalDate.parse("2023-07-02"))).isTrue();
        assertThat(year.contains(AS_OF)).isTrue();
        assertThat(year.contains(AS_OF.plusDays(1))).isFalse();
        assertThat(DateWindow.lookback(AS_OF, 1)).isEqualTo(new DateWindow(AS_OF, AS_OF));
    }

    @Test
    void rejectsAnInvertedWindowAndAnEmptyLookback() {
        assertThatIllegalArgumentException().isThrownBy(() -> new DateWindow(AS_OF, AS_OF.minusDays(1)))
                .withMessageContainingAll("DateWindow", "'to' 2024-06-29", "'from' 2024-06-30");
        assertThatIllegalArgumentException().isThrownBy(() -> DateWindow.lookback(AS_OF, 0))
                .withMessageContaining("lookback of 0 days");
    }

    @Test
    void timeRangeOfAWindowRunsFromMidnightToMidnightInTheZone() {
        TimeRange range = new DateWindow(AS_OF, AS_OF).toTimeRange(ZoneId.of("America/New_York"));

        // New York is UTC-4 in summer: 2024-06-30T00:00-04:00 = 04:00Z, until 2024-07-01T04:00Z (exclusive)
        assertThat(range.from()).isEqualTo(Instant.parse("2024-06-30T04:00:00Z"));
        assertThat(range.until()).isEqualTo(Instant.parse("2024-07-01T04:00:00Z"));
        assertThat(range.contains(Instant.parse("2024-07-01T03:59:59Z"))).isTrue();
        assertThat(range.contains(Instant.parse("2024-07-01T04:00:00Z"))).isFalse();
        assertThat(TimeRange.ALL.contains(Instant.EPOCH)).isTrue();
    }
}

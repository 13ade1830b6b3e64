package org.accountsuccess.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

import org.accountsuccess.api.Interval;
import org.accountsuccess.api.timeline.CommunicationGap;
import org.accountsuccess.api.timeline.OverContact;
import org.junit.jupiter.api.Test;

class DisplayTest {

    @Test
    void roundsForDisplayOnlyAndSaysNotAvailableForUndefined() {
        assertThat(Display.nps(OptionalDouble.of(-35.897435))).isEqualTo("-35.9");
        assertThat(Display.nps(OptionalDouble.empty())).isEqualTo("n/a");
        assertThat(Display.percent(OptionalDouble.of(0.92345))).isEqualTo("92.3 %");
        assertThat(Display.percent(OptionalDouble.of(1.05))).isEqualTo("105.0 %");
        assertThat(Display.percent(OptionalDouble.empty())).isEqualTo("n/a");
        assertThat(Display.share(1, 3)).isEqualTo("33.3 %");
        assertThat(Display.share(0, 0)).isEqualTo("n/a");
        assertThat(Display.interval(Optional.of(new Interval(-57.51, -9.16)))).isEqualTo("[-57.5, -9.2]");
        assertThat(Display.interval(Optional.empty())).isEqualTo("n/a");
    }

    @Test
    void flagsReadAsSentences() {
        assertThat(Display.overContact(new OverContact(1, 8, 30, false)))
                .isEqualTo("ok: 1 marketing email in 30 days (limit 8)");
        assertThat(Display.communicationGap(new CommunicationGap(Optional.empty(), OptionalLong.empty(), 90, true)))
                .isEqualTo("GAP: never touched (limit 90 days)");
    }

    @Test
    void hostTextStaysOnOneLineAndCannotDriveTheTerminal() {
        assertThat(Display.text("Two wishes:\n1. faster\r\n2. \u001b[2Jfewer")).isEqualTo("Two wishes: 1. faster  2.  [2Jfewer");
        assertThat(Display.text(null)).isEqualTo("n/a");
    }

    @Test
    void moneyHasTwoDecimalsAndGroupedThousandsWhateverTheLocale() {
        assertThat(Display.money(new BigDecimal("1234567.891"))).isEqualTo("1,234,567.89");
        assertThat(Display.money(new BigDecimal("-0.5"), "EUR")).isEqualTo("-0.50 EUR");
    }
}

package org.accountsuccess.console;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

import org.accountsuccess.api.Interval;
import org.accountsuccess.api.health.HealthBand;
import org.accountsuccess.api.timeline.CommunicationGap;
import org.accountsuccess.api.timeline.OverContact;
import org.accountsuccess.host.spi.HostDataStatus;

/**
 * How figures read on the console. The services return unrounded values; only this class rounds,
 * and an undefined figure reads "n/a", never 0.
 */
final class Display {
    static final String NOT_AVAILABLE = "n/a";
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private Display() {
    }

    /** An NPS (or any score on its scale) to one decimal. */
    static String nps(OptionalDouble value) {
        return value.isPresent() ? nps(value.getAsDouble()) : NOT_AVAILABLE;
    }

    static String nps(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** A health score to one decimal with its band, such as "59.8 yellow"; "n/a" without a score. */
    static String health(OptionalDouble score, Optional<HealthBand> band) {
        return score.isPresent() ? nps(score.getAsDouble()) + " " + band.map(Display::code).orElse("")
                : NOT_AVAILABLE;
    }

    /** A configured weight as written: 3 reads "3", 0.5 reads "0.5". */
    static String weight(double weight) {
        return BigDecimal.valueOf(weight).stripTrailingZeros().toPlainString();
    }

    /** A ratio as a percentage to one decimal: 0.9234 reads "92.3 %". */
    static String percent(OptionalDouble ratio) {
        return ratio.isPresent() ? String.format(Locale.ROOT, "%.1f %%", 100 * ratio.getAsDouble()) : NOT_AVAILABLE;
    }

    /** A plain ratio to two decimals: 1.5 reads "1.50"; "n/a" when undefined. */
    static String ratio(OptionalDouble ratio) {
        return ratio.isPresent() ? String.format(Locale.ROOT, "%.2f", ratio.getAsDouble()) : NOT_AVAILABLE;
    }

    /** The share {@code part / whole} as a percentage; "n/a" when {@code whole} is 0. */
    static String share(int part, int whole) {
        return percent(whole == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) part / whole));
    }

    /** Money with two decimals and thousands grouped: 144000 reads "144,000.00". */
    static String money(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(amount);
    }

    /** Money, or "n/a" when undefined. */
    static String money(Optional<BigDecimal> amount) {
        return amount.map(Display::money).orElse(NOT_AVAILABLE);
    }

    static String money(BigDecimal amount, String currency) {
        return money(amount) + " " + currency;
    }

    static String interval(Optional<Interval> interval) {
        return interval.map(i -> "[" + nps(i.low()) + ", " + nps(i.high()) + "]").orElse(NOT_AVAILABLE);
    }

    /**
     * Any value as one line of plain text, "n/a" when absent. Texts come from the host and are
     * untrusted: line breaks and other control characters (which could move the cursor or recolour
     * the terminal) become spaces.
     */
    static String text(Object value) {
        return value == null ? NOT_AVAILABLE : CONTROL.matcher(value.toString()).replaceAll(" ");
    }

    /** An enum constant as users type it in options: {@code NON_RESPONDER} reads "non_responder". */
    static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    /** The communication-gap flag in words, such as "GAP: 45 days since the last touch on 2026-10-01 (limit 30)". */
    static String communicationGap(CommunicationGap gap) {
        return (gap.flagged() ? "GAP: " : "ok: ") + touch(gap);
    }

    /** Days since the last meaningful touch and the limit, such as "never touched (limit 90 days)". */
    static String touch(CommunicationGap gap) {
        if (gap.lastTouch().isEmpty()) {
            return "never touched (limit " + gap.limitDays() + " days)";
        }
        return gap.daysSince().getAsLong() + " days since the last touch on " + gap.lastTouch().get() + " (limit "
                + gap.limitDays() + ")";
    }

    /**
     * Host data that is not live, such as "STALE: read 2026-11-22T13:05:00Z; Tryton at ... is unreachable"
     * or "UNAVAILABLE: ...".
     */
    static String dataStatus(HostDataStatus status) {
        return status.freshness().name() + (status.asOf() == null ? "" : ": read " + status.asOf())
                + (status.message() == null ? "" : (status.asOf() == null ? ": " : "; ") + text(status.message()));
    }

    /** The over-contact flag in words, such as "ok: 3 marketing emails in 30 days (limit 8)". */
    static String overContact(OverContact overContact) {
        int emails = overContact.marketingEmails();
        return (overContact.flagged() ? "OVER-CONTACTED: " : "ok: ") + emails + " marketing email"
                + (emails == 1 ? "" : "s") + " in " + overContact.windowDays() + " days (limit "
                + overContact.threshold() + ")";
    }
}

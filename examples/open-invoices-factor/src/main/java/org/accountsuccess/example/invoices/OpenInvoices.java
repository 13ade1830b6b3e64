package org.accountsuccess.example.invoices;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.accountsuccess.api.health.FactorEvaluation;

/**
 * The open-invoices score of one account on a day. The invoices that count are those due in the
 * 365 days up to the day, and older ones still open on it (invoices not due yet do not count).
 * The score is the share of their amount that is not overdue: {@code 100 * (1 - overdue / counted)};
 * an account with no invoice that counts has no score.
 */
final class OpenInvoices {
    static final int WINDOW_DAYS = 365;

    private OpenInvoices() {
    }

    static Optional<FactorEvaluation> evaluate(List<Invoice> invoices, LocalDate asOf) {
        LocalDate windowStart = asOf.minusDays(WINDOW_DAYS);
        List<Invoice> counted = invoices.stream().filter(i -> !i.dueDate().isAfter(asOf))
                .filter(i -> i.dueDate().isAfter(windowStart) || i.openOn(asOf)).toList();
        if (counted.isEmpty()) {
            return Optional.empty();
        }
        List<Invoice> overdue = counted.stream().filter(i -> i.overdueOn(asOf)).toList();
        BigDecimal total = sum(counted);
        BigDecimal late = sum(overdue);
        double score = 100 * (1 - late.doubleValue() / total.doubleValue());
        String reason;
        if (overdue.isEmpty()) {
            reason = "nothing overdue: " + counted.size() + " invoice(s), " + money(total) + " due in the last "
                    + WINDOW_DAYS + " days";
        } else {
            long oldest = overdue.stream().mapToLong(i -> ChronoUnit.DAYS.between(i.dueDate(), asOf)).max().orElseThrow();
            reason = overdue.size() + " of " + counted.size() + " invoice(s) overdue, " + money(late) + " of "
                    + money(total) + ", the oldest " + oldest + " day(s) late";
        }
        return Optional.of(new FactorEvaluation(score, reason));
    }

    private static BigDecimal sum(List<Invoice> invoices) {
        return invoices.stream().map(Invoice::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}

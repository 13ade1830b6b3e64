package org.accountsuccess.example.invoices;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of the invoices file.
 *
 * @param paidOn the day it was paid; {@code null} while unpaid
 */
record Invoice(String invoiceId, String accountId, LocalDate dueDate, BigDecimal amount, LocalDate paidOn) {

    /** Not paid by the end of {@code day}. */
    boolean openOn(LocalDate day) {
        return paidOn == null || paidOn.isAfter(day);
    }

    /** Open on {@code day} and due before it. */
    boolean overdueOn(LocalDate day) {
        return openOn(day) && dueDate.isBefore(day);
    }
}

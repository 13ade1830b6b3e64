package org.accountsuccess.demo;

import java.time.LocalDate;

import org.accountsuccess.host.spi.Role;

/**
 * A person at a demo account.
 *
 * @param leftOn the day they left (the contact is inactive), or {@code null} while they are active
 * @param bias how far their scores lean from the account's, -2..2
 */
record DemoContact(String id, String accountId, String name, String email, String title, Role role,
        LocalDate leftOn, int bias) {

    boolean active() {
        return leftOn == null;
    }

    /** True when the contact was still with the account on {@code day}. */
    boolean presentOn(LocalDate day) {
        return leftOn == null || day.isBefore(leftOn);
    }
}

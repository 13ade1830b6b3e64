package org.accountsuccess.host.spi;

import java.time.Instant;

/**
 * Something that happened between the vendor and the account: a ticket, a call, an email, ...
 *
 * @param id the activity id
 * @param accountId the account it concerns
 * @param contactId the contact involved, or {@code null}
 * @param type what kind of interaction it was
 * @param occurredAt when it happened
 * @param direction inbound or outbound, or {@code null} when unknown
 * @param subject untrusted text, or {@code null}
 * @param status open or closed (tickets), or {@code null}
 * @param severity for tickets, or {@code null}
 */
public record Activity(String id, String accountId, String contactId, ActivityType type, Instant occurredAt,
        Direction direction, String subject, Status status, Severity severity) {
    /** Who started the interaction. */
    public enum Direction {
        INBOUND, OUTBOUND
    }

    /** Whether a ticket (or task) is still open. */
    public enum Status {
        OPEN, CLOSED
    }

    /** How serious a ticket is. */
    public enum Severity {
        LOW, NORMAL, HIGH, CRITICAL
    }

    public Activity {
        Check.id("Activity", id);
        Check.required("Activity", id, "accountId", accountId);
        Check.required("Activity", id, "type", type);
        Check.required("Activity", id, "occurredAt", occurredAt);
        contactId = Check.optional(contactId);
        subject = Check.optional(subject);
    }
}

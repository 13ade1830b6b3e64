package org.accountsuccess.host.spi;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Valid host records with one value to vary, so that each validation test changes exactly the
 * field it is about and nothing else.
 */
final class SpiRecords {
    static final Instant ANSWERED = Instant.parse("2024-03-01T10:00:00Z");
    static final LocalDate START = LocalDate.parse("2024-01-01");

    private SpiRecords() {
    }

    static Account account(String id, String name, int tier) {
        return new Account(id, name, "u-1", "SMB", tier, null, "DE", null, null);
    }

    static Contact contact(String id, String accountId, Role role) {
        return new Contact(id, accountId, "Ada", null, null, role, true);
    }

    static SurveyResponse response(String id, String contactId, int score) {
        return new SurveyResponse(id, contactId, ANSWERED, score, null, null, List.of());
    }

    static EmployeeResponse employeeResponse(String id, String department, int score) {
        return new EmployeeResponse(id, "emp-7", department, ANSWERED, score, null);
    }

    static Contract contract(String id, String accountId, LocalDate start, LocalDate end, String mrr) {
        return new Contract(id, accountId, start, end, mrr == null ? null : new BigDecimal(mrr), null, false, null,
                null);
    }

    static Contract renewal(String id, String renewalOf) {
        return new Contract(id, "a-1", START, null, BigDecimal.TEN, null, false, renewalOf, null);
    }

    static Activity activity(String id, String accountId, ActivityType type) {
        return new Activity(id, accountId, null, type, ANSWERED, null, null, null, null);
    }
}

package org.accountsuccess.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import org.accountsuccess.database.schema.Dialect;
import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.Activity;
import org.accountsuccess.host.spi.ActivityType;
import org.accountsuccess.host.spi.Contact;
import org.accountsuccess.host.spi.Contract;
import org.accountsuccess.host.spi.EmployeeResponse;
import org.accountsuccess.host.spi.RevenueEntry;
import org.accountsuccess.host.spi.Role;
import org.accountsuccess.host.spi.SurveyInvitation;
import org.accountsuccess.host.spi.SurveyResponse;

/**
 * The SPI records made from table rows; each mapper reads the columns that the matching
 * {@code *_COLUMNS} list selects. Codes are stored in their file form (lower case, such as
 * {@code support_ticket} or {@code inbound}).
 */
final class HostRows {
    static final String ACCOUNT_COLUMNS =
            "account_id, name, owner, segment, tier, industry, country, parent_account_id, currency";
    static final String CONTACT_COLUMNS = "contact_id, account_id, name, email, title, role, active";
    static final String INVITATION_COLUMNS = "i.invitation_id, i.survey_id, i.contact_id, i.sent_at";
    static final String RESPONSE_COLUMNS =
            "r.response_id, r.contact_id, r.answered_at, r.score, r.survey_id, r.comment, r.drivers";
    static final String EMPLOYEE_RESPONSE_COLUMNS =
            "response_id, employee_ref, department, answered_at, score, comment";
    static final String CONTRACT_COLUMNS =
            "contract_id, account_id, start_date, end_date, mrr, currency, auto_renew, renewal_of, product";
    static final String REVENUE_COLUMNS = "account_id, period, revenue, margin";
    static final String ACTIVITY_COLUMNS =
            "activity_id, account_id, contact_id, type, occurred_at, direction, subject, status, severity";

    private HostRows() {
    }

    static Account account(ResultSet row) throws SQLException {
        return new Account(row.getString("account_id"), row.getString("name"), row.getString("owner"),
                row.getString("segment"), row.getInt("tier"), row.getString("industry"), row.getString("country"),
                row.getString("parent_account_id"), row.getString("currency"));
    }

    static Contact contact(ResultSet row) throws SQLException {
        return new Contact(row.getString("contact_id"), row.getString("account_id"), row.getString("name"),
                row.getString("email"), row.getString("title"), Role.valueOf(row.getString("role")),
                row.getBoolean("active"));
    }

    static SurveyInvitation invitation(ResultSet row) throws SQLException {
        return new SurveyInvitation(row.getString("invitation_id"), row.getString("survey_id"),
                row.getString("contact_id"), instant(row, "sent_at"));
    }

    static SurveyResponse response(ResultSet row) throws SQLException {
        return new SurveyResponse(row.getString("response_id"), row.getString("contact_id"),
                instant(row, "answered_at"), row.getInt("score"), row.getString("survey_id"),
                row.getString("comment"), DriverList.parse(row.getString("drivers")));
    }

    static EmployeeResponse employeeResponse(ResultSet row) throws SQLException {
        return new EmployeeResponse(row.getString("response_id"), row.getString("employee_ref"),
                row.getString("department"), instant(row, "answered_at"), row.getInt("score"),
                row.getString("comment"));
    }

    static Contract contract(ResultSet row) throws SQLException {
        return new Contract(row.getString("contract_id"), row.getString("account_id"),
                row.getObject("start_date", LocalDate.class), row.getObject("end_date", LocalDate.class),
                SqlValue.normalized(row.getBigDecimal("mrr")), row.getString("currency"),
                row.getBoolean("auto_renew"), row.getString("renewal_of"), row.getString("product"));
    }

    static RevenueEntry revenue(ResultSet row) throws SQLException {
        return new RevenueEntry(row.getString("account_id"), YearMonth.from(row.getObject("period", LocalDate.class)),
                SqlValue.normalized(row.getBigDecimal("revenue")), SqlValue.normalized(row.getBigDecimal("margin")));
    }

    static Activity activity(ResultSet row) throws SQLException {
        return new Activity(row.getString("activity_id"), row.getString("account_id"), row.getString("contact_id"),
                ActivityType.fromCode(row.getString("type")), instant(row, "occurred_at"),
                code(Activity.Direction.class, row.getString("direction")), row.getString("subject"),
                code(Activity.Status.class, row.getString("status")),
                code(Activity.Severity.class, row.getString("severity")));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return Dialect.timestamp(row, column);
    }

    private static <E extends Enum<E>> E code(Class<E> type, String code) {
        return code == null ? null : Enum.valueOf(type, code.toUpperCase(Locale.ROOT));
    }
}

package org.accountsuccess.tryton;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The Tryton host's configuration, PID {@value #PID} ({@code etc/org.accountsuccess.tryton.cfg}).
 * Property names replace {@code _} by {@code .}: {@code connect_timeout_ms()} is
 * {@code connect.timeout.ms}, {@code _password()} is {@code .password} (a private property: never a
 * service property).
 */
@ObjectClassDefinition(id = TrytonConfiguration.PID, name = "Account Success Tryton host",
        description = "Reads accounts, contacts, subscriptions, complaints and notes from a Tryton server over"
                + " JSON-RPC, and writes follow-ups back as notes.")
public @interface TrytonConfiguration {
    String PID = "org.accountsuccess.tryton";

    @AttributeDefinition(description = "The Tryton server's address, such as http://127.0.0.1:8000/")
    String url() default "http://127.0.0.1:8000/";

    @AttributeDefinition(description = "The Tryton database")
    String database() default "tryton";

    @AttributeDefinition(description = "The Tryton login (read access to parties, subscriptions, complaints and"
            + " notes; write access to notes for follow-ups)")
    String user() default "admin";

    @AttributeDefinition(type = AttributeType.PASSWORD, description = "The password; use $[secret:tryton.password]"
            + " (the file etc/tryton.password) or $[env:TRYTON_PASSWORD] rather than the password itself")
    String _password() default "";

    @AttributeDefinition(description = "Milliseconds a connection may take to open")
    int connect_timeout_ms() default 5000;

    @AttributeDefinition(description = "Milliseconds an answer may take")
    int read_timeout_ms() default 30000;

    @AttributeDefinition(description = "How many times a failed read is tried again (connection errors, timeouts,"
            + " 5xx answers)")
    int retries() default 3;

    @AttributeDefinition(description = "Milliseconds before the first retry; doubled at each further retry")
    int retry_backoff_ms() default 500;

    @AttributeDefinition(description = "Records per search request")
    int page_size() default 500;

    @AttributeDefinition(description = "Seconds between two reads of the Tryton data")
    int refresh_seconds() default 300;

    @AttributeDefinition(description = "The party category that makes a party an account")
    String account_category() default "Customer";

    @AttributeDefinition(description = "Parent category whose child category names an account's segment (empty:"
            + " no segment)")
    String segment_category() default "Segment";

    @AttributeDefinition(description = "Parent category whose child category, 1, 2 or 3, is an account's tier"
            + " (none: tier 3)")
    String tier_category() default "Tier";

    @AttributeDefinition(description = "Parent category whose child category names an account's owner, the user id"
            + " of the rep (empty: no owner)")
    String owner_category() default "Owner";

    @AttributeDefinition(description = "Party relation types that make the related person a contact, each with"
            + " its role: A decision maker, B influencer, C user")
    String[] role_mapping() default {"Decision maker=A", "Influencer=B", "User=C"};

    @AttributeDefinition(description = "Subscription states that count as contracts")
    String[] contract_states() default {"running", "closed"};

    @AttributeDefinition(description = "The subscription field that holds the number of the subscription it"
            + " renews (empty: not a renewal)")
    String renewal_field() default "reference";

    @AttributeDefinition(description = "Complaint states that make the ticket closed; every other state is open")
    String[] complaint_closed_states() default {"done", "rejected", "cancelled"};

    @AttributeDefinition(description = "Activity type of a party note whose text does not start with one, such as"
            + " 'call: ...' (support_ticket, business_review, meeting, call, email, marketing_email, visit, other)")
    String note_default_type() default "other";

    @AttributeDefinition(description = "The Tryton model of survey responses, such as"
            + " account_success.survey.response; when set, the host also serves survey data (SurveyRecords,"
            + " host=tryton). Empty (the default): no survey data from Tryton")
    String survey_model() default "";

    @AttributeDefinition(description = "The response field naming the contact who answered: a many2one to"
            + " party.party, mapped to the contact through the party code")
    String survey_contact_field() default "contact";

    @AttributeDefinition(description = "The response field holding when the contact answered (datetime)")
    String survey_answered_field() default "answered_at";

    @AttributeDefinition(description = "The response field holding the score (integer 0..10)")
    String survey_score_field() default "score";

    @AttributeDefinition(description = "The response field holding the comment (text; empty: no comments)")
    String survey_comment_field() default "comment";

    @AttributeDefinition(description = "The response field holding the drivers: semicolon-separated tags, each"
            + " optionally prefixed + or -, such as +price;-support (empty: no drivers)")
    String survey_drivers_field() default "drivers";

    @AttributeDefinition(description = "The field, on responses and invitations, naming the survey (text; empty:"
            + " none)")
    String survey_id_field() default "survey";

    @AttributeDefinition(description = "The Tryton model of survey invitations, such as"
            + " account_success.survey.invitation (empty, the default: no invitations)")
    String survey_invitation_model() default "";

    @AttributeDefinition(description = "The invitation field naming the contact invited: a many2one to"
            + " party.party")
    String survey_invitation_contact_field() default "contact";

    @AttributeDefinition(description = "The invitation field holding when it was sent (datetime)")
    String survey_invitation_sent_field() default "sent_at";
}

package org.accountsuccess.rest.access;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * How the REST API guards itself, as typed configuration of the PID {@value #PID}
 * ({@code etc/org.accountsuccess.rest.security.cfg}).
 */
@ObjectClassDefinition(id = SecurityConfiguration.PID, name = "Account Success REST security",
        description = "Which other sites may send state-changing requests, and the delays after failed logins.")
public @interface SecurityConfiguration {
    String PID = "org.accountsuccess.rest.security";

    @AttributeDefinition(description = "Origins (scheme://host[:port]) besides the API's own from which a page"
            + " may send state-changing requests, for example the CRM that embeds the page. Empty: only the"
            + " API's own origin.")
    String[] allowed_origins() default {};

    @AttributeDefinition(min = "0", description = "Failed logins in a row (per user and per client address)"
            + " before each further attempt has to wait.")
    int login_free_failures() default 5;

    @AttributeDefinition(min = "1", description = "Seconds the first throttled attempt waits; each further"
            + " failure doubles it.")
    int login_delay_seconds() default 1;

    @AttributeDefinition(min = "1", description = "The longest wait, in seconds.")
    int login_delay_max_seconds() default 300;

    @AttributeDefinition(description = "The JAAS role that grants the product role admin (not one of Karaf's own"
            + " roles unless every console admin should have it).")
    String role_admin() default "as-admin";

    @AttributeDefinition(description = "The JAAS role that grants the product role manager.")
    String role_manager() default "as-manager";

    @AttributeDefinition(description = "The JAAS role that grants the product role rep.")
    String role_rep() default "as-rep";

    @AttributeDefinition(description = "The JAAS role that grants the product role hr.")
    String role_hr() default "as-hr";

    @AttributeDefinition(description = "Sign-in from the CRM: the shared secret (at least 32 characters) the CRM"
            + " signs launch tokens with (JWT, HS256/384/512). Empty: no shared-secret launch tokens.")
    String launch_secret() default "";

    @AttributeDefinition(description = "Sign-in from the CRM: the URL of the CRM's JSON Web Key Set, for launch"
            + " tokens signed with the CRM's own keys (RS256, ES256, ...). Empty: none.")
    String launch_jwks_url() default "";

    @AttributeDefinition(description = "The iss (issuer) every launch token must carry, e.g. the CRM's URL.")
    String launch_issuer() default "";

    @AttributeDefinition(description = "The aud (audience) every launch token must carry.")
    String launch_audience() default "account-success";

    @AttributeDefinition(description = "The product roles a launch token may grant (its roles claim; without"
            + " one, rep).")
    String[] launch_roles() default {"rep", "manager"};

    @AttributeDefinition(min = "10", max = "900", description = "The longest a launch token may live (exp - iat),"
            + " in seconds.")
    int launch_max_seconds() default 300;

    @AttributeDefinition(min = "5", max = "1440", description = "How long the page's session from a launch token"
            + " lasts, in minutes.")
    int session_minutes() default 60;
}

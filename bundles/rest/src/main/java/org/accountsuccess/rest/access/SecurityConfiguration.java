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
}

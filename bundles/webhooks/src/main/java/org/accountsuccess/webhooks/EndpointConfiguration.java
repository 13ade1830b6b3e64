package org.accountsuccess.webhooks;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * One webhook endpoint: factory PID {@value #FACTORY_PID}, one file
 * {@code etc/org.accountsuccess.webhook-<name>.cfg} per endpoint (Karaf's file install makes a
 * factory configuration of a file named {@code <factory PID>-<name>.cfg}). Property names replace {@code _}
 * by {@code .}: {@code max_attempts()} is {@code max.attempts}.
 */
@ObjectClassDefinition(id = EndpointConfiguration.FACTORY_PID, name = "Account Success webhook endpoint",
        description = "Where Account Success posts its events as signed JSON, and how it retries.")
public @interface EndpointConfiguration {
    String FACTORY_PID = "org.accountsuccess.webhook";

    @AttributeDefinition(description = "The URL events are posted to (http or https).")
    String url();

    @AttributeDefinition(type = AttributeType.PASSWORD, description = "The shared secret of the HMAC-SHA256"
            + " signature (X-AccountSuccess-Signature); at least 16 characters. Never logged or shown.")
    String secret();

    @AttributeDefinition(description = "The Event Admin topics sent to this endpoint: a topic, or a prefix ending"
            + " in /*, several separated by commas; org/accountsuccess/* for all.")
    String[] topics() default {"org/accountsuccess/*"};

    @AttributeDefinition(name = "Connect timeout (ms)", min = "1")
    int connect_timeout_ms() default 5_000;

    @AttributeDefinition(name = "Response timeout (ms)", description = "How long to wait for the answer once connected.",
            min = "1")
    int response_timeout_ms() default 10_000;

    @AttributeDefinition(description = "Attempts before a delivery becomes a dead letter (the first one included).",
            min = "1")
    int max_attempts() default 6;

    @AttributeDefinition(name = "First retry delay (ms)", min = "1")
    long backoff_initial_ms() default 30_000;

    @AttributeDefinition(description = "Each further retry waits this many times longer than the one before.",
            min = "1")
    double backoff_multiplier() default 4.0;

    @AttributeDefinition(name = "Longest retry delay (ms)", min = "1")
    long backoff_max_ms() default 7_200_000;
}

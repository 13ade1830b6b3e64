package org.accountsuccess.webhooks;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The delivery worker, PID {@value #PID} ({@code etc/org.accountsuccess.webhooks.cfg}). */
@ObjectClassDefinition(id = WebhooksConfiguration.PID, name = "Account Success webhooks",
        description = "The outbox and delivery worker of the outgoing webhooks (endpoints are "
                + EndpointConfiguration.FACTORY_PID + "-<name>.cfg files).")
public @interface WebhooksConfiguration {
    String PID = "org.accountsuccess.webhooks";

    @AttributeDefinition(description = "Deliveries sent at the same time, over all endpoints.", min = "1", max = "64")
    int delivery_threads() default 4;

    @AttributeDefinition(description = "Days a delivered delivery is kept (it is counted as delivered, and the same"
            + " event is not sent twice); 0 forgets it at once.", min = "0")
    int delivered_retention_days() default 7;
}

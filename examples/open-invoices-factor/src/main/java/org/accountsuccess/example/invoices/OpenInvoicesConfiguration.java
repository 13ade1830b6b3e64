package org.accountsuccess.example.invoices;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The factor's configuration, PID {@value #PID} ({@code etc/org.accountsuccess.example.invoices.cfg}). */
@ObjectClassDefinition(id = OpenInvoicesConfiguration.PID, name = "Open-invoices health factor (example)",
        description = "Scores accounts by the share of their invoiced amount that is overdue.")
public @interface OpenInvoicesConfiguration {
    String PID = "org.accountsuccess.example.invoices";

    @AttributeDefinition(description = "The invoices CSV: " + InvoiceFile.HEADER + " (re-read when it changes).")
    String file();

    /** Published as the service property accountsuccess.health.weight. */
    @AttributeDefinition(name = "Default weight", description = "The factor's weight when the health configuration"
            + " names none.", min = "0")
    double accountsuccess_health_weight() default 1.0;
}

package org.accountsuccess.store;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The standalone store's configuration, PID {@value #PID} ({@code etc/org.accountsuccess.store.cfg}).
 * Property names replace {@code _} by {@code .}: {@code base_currency()} is {@code base.currency}.
 */
@ObjectClassDefinition(id = StoreConfiguration.PID, name = "Account Success standalone store",
        description = "The embedded host: host data in a JDBC database, imported and exported as data sets.")
public @interface StoreConfiguration {
    String PID = "org.accountsuccess.store";

    @AttributeDefinition(description = "ISO 4217 code of the base currency; exchange_rates.csv holds the"
            + " value of one unit of every other currency in it.")
    String base_currency() default "EUR";

    @AttributeDefinition(name = "DataSource filter", description = "Which javax.sql.DataSource service holds the"
            + " store (an LDAP filter on its properties).")
    String dataSource_target() default "(dataSourceName=accountsuccess)";
}

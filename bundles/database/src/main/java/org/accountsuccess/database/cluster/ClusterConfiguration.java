package org.accountsuccess.database.cluster;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** This node in the cluster of nodes that share the product's database, PID {@value #PID}. */
@ObjectClassDefinition(id = ClusterConfiguration.PID, name = "Account Success cluster",
        description = "The leader lease: which node of those sharing the database runs the closed loop's sweep"
                + " and the webhook deliveries")
public @interface ClusterConfiguration {
    String PID = "org.accountsuccess.cluster";

    @AttributeDefinition(name = "Node id", required = false, description = "This node's name in the lease row;"
            + " unique among the nodes sharing the database. Empty: <host name>:<Karaf base folder>")
    String node_id() default "";

    @AttributeDefinition(name = "Lease (seconds)", min = "3", description = "Another node takes the lease over at"
            + " most this long after the holder stops renewing it (a crash); the holder renews it every quarter of"
            + " this, and a clean stop hands it over at once")
    int lease_seconds() default 30;

    @AttributeDefinition(name = "DataSource", description = "The product's database (an LDAP filter on the"
            + " DataSource service's properties)")
    String dataSource_target() default ClusterLease.DATA_SOURCE;
}

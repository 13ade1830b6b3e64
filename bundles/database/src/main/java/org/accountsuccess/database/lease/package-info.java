/**
 * The leader lease: on a database that several nodes share, the work that must run once per
 * cluster (the closed loop's sweep, the webhook deliveries) runs on the node that holds it.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.accountsuccess.database.lease;

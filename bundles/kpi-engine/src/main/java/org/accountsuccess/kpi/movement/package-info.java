/** Climbers and fallers: contacts and accounts whose class changed with their latest response. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.accountsuccess.kpi.movement;

/** Climbers and fallers: contacts and accounts whose loyalty class changed with their latest response (metrics.md section 3). */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.accountsuccess.api.movement;

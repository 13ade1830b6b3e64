/**
 * Outgoing webhooks: the configured endpoints with their delivery counts, and the dead letters an
 * admin sees and replays.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.accountsuccess.api.webhook;

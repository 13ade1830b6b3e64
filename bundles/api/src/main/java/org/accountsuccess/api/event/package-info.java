/**
 * The OSGi Event Admin topics Account Success posts and their properties. Outgoing webhooks carry
 * the same events as JSON.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.accountsuccess.api.event;

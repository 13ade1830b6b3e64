/**
 * Why an account moved: its health, factor by factor, and its account NPS between two days, with
 * the contacts whose loyalty class changed.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.accountsuccess.api.changes;

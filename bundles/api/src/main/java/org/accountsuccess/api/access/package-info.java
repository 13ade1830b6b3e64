/**
 * API tokens: named, expiring bearer credentials an admin issues to integrators, scoped to
 * product roles and stored hashed.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.accountsuccess.api.access;

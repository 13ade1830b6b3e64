/**
 * The version of the host data that every figure is computed from: the product reads the host
 * into an in-memory fact index once per data version, and answers from the last complete one.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.accountsuccess.api.data;

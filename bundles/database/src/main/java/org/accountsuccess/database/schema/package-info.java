/**
 * One versioned schema migration for every bundle that keeps tables in the product's database:
 * each bundle names its own history table and ships its own {@code V<n>__<words>.sql} scripts
 * next to a class of its own, and {@link Dialect} the little the databases do differently.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.accountsuccess.database.schema;

/** The store's schema: versioned SQL scripts and the migration that applies them. */
package org.accountsuccess.store.schema;

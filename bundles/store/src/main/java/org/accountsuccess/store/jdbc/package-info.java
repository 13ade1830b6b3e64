/** The host-data SPI over JDBC: lazy result streams, row mapping and the value kinds shared by H2 and PostgreSQL. */
package org.accountsuccess.store.jdbc;

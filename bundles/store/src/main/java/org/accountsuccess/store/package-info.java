/**
 * The standalone host: a Declarative Services component that keeps the host data in a JDBC
 * database (H2 or PostgreSQL), migrates its schema, registers every port of the host-data SPI
 * and imports and exports data sets. Private to the bundle: others use the SPI and api packages.
 */
package org.accountsuccess.store;

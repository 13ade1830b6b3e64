/**
 * The fact index: the host's data held in memory as compact columns (primitive arrays, interned
 * ids and codes), grouped by account and by contact, built once per data version from the host's
 * streams. {@link org.accountsuccess.kpi.index.FactIndex} answers the host-data SPI's queries from
 * those columns, so the engine computes every figure from memory; one account's query reads only
 * that account's slice.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.accountsuccess.kpi.index;

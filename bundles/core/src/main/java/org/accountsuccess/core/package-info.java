/**
 * Declarative Services components that wire the host-data SPI to the KPI engine and publish the
 * api services. Private to the bundle: integrators use the api and SPI packages.
 */
package org.accountsuccess.core;

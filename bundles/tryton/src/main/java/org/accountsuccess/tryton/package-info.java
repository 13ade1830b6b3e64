/** The Tryton host: the host-data SPI over Tryton's JSON-RPC API. */
package org.accountsuccess.tryton;

/** A JSON-RPC client of Tryton: login and session, retries, paging, Tryton's value encoding. */
package org.accountsuccess.tryton.rpc;

/**
 * Outgoing webhooks: Account Success events as signed JSON, through a durable outbox, retried with
 * backoff and kept as dead letters when they cannot be delivered.
 */
package org.accountsuccess.webhooks;

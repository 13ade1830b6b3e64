package org.accountsuccess.host.spi;

import java.util.Optional;
import java.util.stream.Stream;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The host's accounts and their contacts. Required.
 *
 * <p>Streams are closed by the caller. A stream is a snapshot of what the host holds when it is
 * opened; its order is unspecified unless stated.
 */
@ProviderType
public interface AccountDirectory {

    /** The account with this id, or empty when the host has none. */
    Optional<Account> account(String accountId);

    /** Every account of the tenant. */
    Stream<Account> accounts();

    /** The contacts of one account, active and inactive; empty for an unknown account. */
    Stream<Contact> contacts(String accountId);

    /** Every contact of the tenant, active and inactive. */
    Stream<Contact> allContacts();
}

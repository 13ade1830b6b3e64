package org.accountsuccess.tryton;

import java.time.Duration;

/**
 * What a connection check found: the server answered, the login worked and the accounts could be
 * counted.
 *
 * @param endpoint the server and database
 * @param user the login
 * @param serverVersion Tryton's version
 * @param parties how many parties the database holds
 * @param accounts how many of them are accounts (in the account category)
 * @param latency the time of the whole check
 */
public record TrytonCheck(String endpoint, String user, String serverVersion, long parties, long accounts,
        Duration latency) {
}

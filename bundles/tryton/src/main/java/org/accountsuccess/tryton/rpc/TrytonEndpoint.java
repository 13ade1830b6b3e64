package org.accountsuccess.tryton.rpc;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how to reach a Tryton server.
 *
 * @param server the server's base address, such as {@code http://127.0.0.1:8000/}
 * @param database the database (Tryton serves each database under {@code <server>/<database>/})
 * @param user the login
 * @param password the password; never printed ({@link #toString()} hides it)
 * @param connectTimeout how long a connection may take to open
 * @param readTimeout how long an answer may take
 * @param retries how many times a failed read is tried again (connection errors and 5xx answers)
 * @param backoff the wait before the first retry; it doubles at each further retry
 * @param pageSize how many records one search asks for
 */
public record TrytonEndpoint(URI server, String database, String user, String password, Duration connectTimeout,
        Duration readTimeout, int retries, Duration backoff, int pageSize) {
    public TrytonEndpoint {
        Objects.requireNonNull(server, "TrytonEndpoint: 'server' is required");
        if (!("http".equals(server.getScheme()) || "https".equals(server.getScheme())) || server.getHost() == null) {
            throw new IllegalArgumentException("url: '" + server + "' is not an http:// or https:// address");
        }
        if (!server.getPath().endsWith("/")) {
            server = URI.create(server + "/");
        }
        if (database == null || database.isBlank() || !database.matches("[A-Za-z0-9_.-]+")) {
            throw new IllegalArgumentException("database: '" + database
                    + "' is not a database name (letters, digits, '_', '.', '-')");
        }
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("user: a login is required");
        }
        password = password == null ? "" : password;
        positive("connect.timeout", connectTimeout);
        positive("read.timeout", readTimeout);
        if (retries < 0 || retries > 10) {
            throw new IllegalArgumentException("retries: " + retries + " is outside 0..10");
        }
        Objects.requireNonNull(backoff, "retry.backoff");
        if (backoff.isNegative()) {
            throw new IllegalArgumentException("retry.backoff: " + backoff + " is negative");
        }
        if (pageSize < 1 || pageSize > 10_000) {
            throw new IllegalArgumentException("page.size: " + pageSize + " is outside 1..10000");
        }
    }

    /** The address of the database's JSON-RPC endpoint. */
    public URI databaseUri() {
        return server.resolve(database + "/");
    }

    /** The server and database, for messages: {@code http://host:8000/ (database crm)}. */
    public String describe() {
        return server + " (database " + database + ")";
    }

    @Override
    public String toString() {
        return "TrytonEndpoint[" + describe() + ", user " + user + ", password hidden]";
    }

    private static void positive(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + ": " + value.toMillis() + " ms must be positive");
        }
    }
}

package org.accountsuccess.console;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.accountsuccess.api.access.ApiTokenService;
import org.accountsuccess.api.access.IssuedToken;
import org.accountsuccess.api.access.TokenRequest;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code as:token-issue}: issues an API token and prints its secret, this once. */
@Command(scope = ConsoleCommand.SCOPE, name = "token-issue",
        description = "Issues an API token for an integrator (sent as Authorization: Bearer); the secret is shown once")
@Service
public class TokenIssueCommand extends ConsoleCommand {

    /** Optional: see {@link ConsoleCommand#installed}. */
    @Reference(optional = true)
    ApiTokenService tokens;

    @Reference
    Session session;

    @Argument(name = "name", required = true, description = "A label, unique among active tokens (letters, digits, . _ -)")
    String name;

    @Option(name = "--role", required = true, multiValued = true,
            description = "A product role the token grants: admin, manager, rep or hr (repeat for several)")
    List<String> roles;

    @Option(name = "--user", description = "The user id the token acts as (default: the name)")
    String user;

    @Option(name = "--days", description = "Days until it expires, 1 to 730 (default 90)")
    int days = 90;

    @Override
    public Object execute() {
        if (days < 1 || days > 730) {
            throw new InputException("--days: " + days + " is not from 1 to 730");
        }
        IssuedToken issued;
        try {
            issued = installed(tokens, REST).issue(new TokenRequest(name, user == null ? name : user, Set.copyOf(roles),
                    Duration.ofDays(days)), consoleUser(session));
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage());
        }
        out.println("Token '" + issued.token().name() + "' (" + issued.token().id() + ") for user '"
                + issued.token().user() + "', roles " + String.join(",", issued.token().roles().stream().sorted()
                        .toList()) + ", until " + issued.token().expires() + ":");
        out.println(issued.secret());
        out.println("Keep it now: it is stored hashed and never shown again. Revoke it with as:token-revoke "
                + issued.token().id());
        return null;
    }
}

package org.accountsuccess.console;

import org.accountsuccess.api.access.ApiToken;
import org.accountsuccess.api.access.ApiTokenService;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code as:token-revoke}: revokes an API token at once. */
@Command(scope = ConsoleCommand.SCOPE, name = "token-revoke", description = "Revokes an API token at once")
@Service
public class TokenRevokeCommand extends ConsoleCommand {

    /** Optional: see {@link ConsoleCommand#installed}. */
    @Reference(optional = true)
    ApiTokenService tokens;

    @Reference
    Session session;

    @Argument(name = "id", required = true, description = "The token's id (see as:tokens)")
    String id;

    @Override
    public Object execute() {
        ApiToken token = installed(tokens, REST).revoke(id, consoleUser(session))
                .orElseThrow(() -> new InputException("no token '" + Display.text(id) + "' (see as:tokens)"));
        out.println("Token '" + token.name() + "' (" + token.id() + ") revoked at " + token.revoked());
        return null;
    }
}

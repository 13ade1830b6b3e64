package org.accountsuccess.console;

import java.time.Instant;
import java.util.List;

import org.accountsuccess.api.access.ApiToken;
import org.accountsuccess.api.access.ApiTokenService;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code as:tokens}: the API tokens issued, without their secrets. */
@Command(scope = ConsoleCommand.SCOPE, name = "tokens",
        description = "Lists the API tokens (newest first): user, roles, expiry, last use, revoked or not")
@Service
public class TokensCommand extends FigureCommand<List<ApiToken>> {

    /** Optional: see {@link ConsoleCommand#installed}. */
    @Reference(optional = true)
    ApiTokenService tokens;

    @Override
    List<ApiToken> figures() {
        return installed(tokens, REST).tokens();
    }

    @Override
    void print(List<ApiToken> tokens) {
        Instant now = clock.instant();
        Table table = new Table().column("Id").column("Name", 24).column("User", 20).column("Roles").column("Expires")
                .column("Last used").column("State").whenEmpty("No API token: as:token-issue <name> --role rep ...");
        for (ApiToken t : tokens) {
            table.row(t.id(), Display.text(t.name()), Display.text(t.user()), String.join(",", t.roles().stream()
                    .sorted().toList()), t.expires().toString(), t.lastUsed() == null ? "-" : t.lastUsed().toString(),
                    t.revoked() != null ? "revoked" : t.activeAt(now) ? "active" : "expired");
        }
        table.print(out);
    }
}

package org.accountsuccess.tryton;

import java.io.PrintStream;

import org.accountsuccess.host.spi.HostDataStatus;
import org.accountsuccess.tryton.rpc.TrytonException;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code as:tryton-check}: connects to Tryton, logs in, counts the parties and says how fresh the data is. */
@Command(scope = "as", name = "tryton-check",
        description = "Checks the connection to Tryton: server version, login, parties and accounts, latency, and"
                + " the state of the data the figures are computed from")
@Service
public class TrytonCheckCommand implements Action {
    @Reference
    TrytonConnection connection;

    PrintStream out = System.out;

    @Override
    public Object execute() {
        HostDataStatus data = connection.refresh();
        try {
            TrytonCheck check = connection.check();
            out.println("Tryton   | " + check.endpoint() + ", version " + check.serverVersion());
            out.println("Login    | " + check.user() + ": ok");
            out.println("Parties  | " + check.parties() + " (" + check.accounts() + " accounts)");
            out.println("Latency  | " + check.latency().toMillis() + " ms");
        } catch (TrytonException e) {
            out.println("Tryton   | FAILED: " + e.getMessage());
        }
        out.println("Data     | " + data.freshness().name().toLowerCase(java.util.Locale.ROOT)
                + (data.asOf() == null ? "" : ", read " + data.asOf())
                + (data.message() == null ? "" : ": " + data.message()));
        return null;
    }
}

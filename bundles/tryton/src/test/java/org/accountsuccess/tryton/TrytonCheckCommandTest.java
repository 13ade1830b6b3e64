package org.accountsuccess.tryton;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.accountsuccess.host.spi.HostDataStatus;
import org.accountsuccess.host.spi.HostDataStatus.Freshness;
import org.accountsuccess.tryton.rpc.TrytonException;
import org.junit.jupiter.api.Test;

class TrytonCheckCommandTest {
    private static final String SERVER = "http://127.0.0.1:8000/ (database crm)";

    private static String run(TrytonConnection connection) {
        TrytonCheckCommand command = new TrytonCheckCommand();
        command.connection = connection;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        command.out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        command.execute();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsVersionLoginCountsLatencyAndTheDataStatus() {
        String out = run(new TrytonConnection() {
            @Override
            public TrytonCheck check() {
                return new TrytonCheck(SERVER, "admin", "6.0.29", 10, 3, Duration.ofMillis(135));
            }

            @Override
            public HostDataStatus refresh() {
                return new HostDataStatus(Freshness.LIVE, Instant.parse("2026-11-22T13:49:51Z"), null);
            }
        });

        assertThat(out).isEqualTo("""
                Tryton   | http://127.0.0.1:8000/ (database crm), version 6.0.29
                Login    | admin: ok
                Parties  | 10 (3 accounts)
                Latency  | 135 ms
                Data     | live, read 2026-11-22T13:49:51Z
                """);
    }

    @Test
    void aFailureIsOneLineAndTheStaleDataIsSaid() {
        String out = run(new TrytonConnection() {
            @Override
            public TrytonCheck check() {
                throw new TrytonException("Tryton at " + SERVER + " refused the login of user 'admin' (wrong user or"
                        + " password)");
            }

            @Override
            public HostDataStatus refresh() {
                return new HostDataStatus(Freshness.STALE, Instant.parse("2026-11-22T13:49:51Z"), "login refused");
            }
        });

        assertThat(out).isEqualTo("""
                Tryton   | FAILED: Tryton at http://127.0.0.1:8000/ (database crm) refused the login of user 'admin' (wrong user or password)
                Data     | stale, read 2026-11-22T13:49:51Z: login refused
                """);
    }
}

package org.accountsuccess.tryton.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;

class TrytonEndpointTest {
    private static TrytonEndpoint endpoint(String url, String database, int retries, int pageSize) {
        return new TrytonEndpoint(URI.create(url), database, "admin", "s3cret", Duration.ofSeconds(5),
                Duration.ofSeconds(30), retries, Duration.ofMillis(500), pageSize);
    }

    @Test
    void theDatabaseIsServedUnderTheServer() {
        TrytonEndpoint e = endpoint("http://127.0.0.1:8000", "crm", 3, 500);
        assertThat(e.databaseUri()).isEqualTo(URI.create("http://127.0.0.1:8000/crm/"));
        assertThat(e.toString()).isEqualTo("TrytonEndpoint[http://127.0.0.1:8000/ (database crm), user admin,"
                + " password hidden]").doesNotContain("s3cret");
    }

    @Test
    void badValuesAreNamed() {
        assertThatThrownBy(() -> endpoint("ftp://host/", "crm", 3, 500))
                .hasMessage("url: 'ftp://host/' is not an http:// or https:// address");
        assertThatThrownBy(() -> endpoint("http://host/", "crm/../x", 3, 500))
                .hasMessage("database: 'crm/../x' is not a database name (letters, digits, '_', '.', '-')");
        assertThatThrownBy(() -> endpoint("http://host/", "crm", 11, 500)).hasMessage("retries: 11 is outside 0..10");
        assertThatThrownBy(() -> endpoint("http://host/", "crm", 3, 0)).hasMessage("page.size: 0 is outside 1..10000");
    }
}

package org.accountsuccess.webhooks;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Properties;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jdbc.DataSourceFactory;

/**
 * The outbox's database: an embedded H2 file, {@code ${karaf.data}/accountsuccess/webhooks.mv.db} (next to the
 * store's and the closed loop's),
 * of this bundle alone (whatever database the host's data lives in), written through on every commit.
 */
@Component(service = OutboxComponent.class)
public class OutboxComponent {
    static final String H2 = "(" + DataSourceFactory.OSGI_JDBC_DRIVER_CLASS + "=org.h2.Driver)";

    private final Outbox outbox;

    @Activate
    public OutboxComponent(@Reference(target = H2) DataSourceFactory h2) throws SQLException {
        String data = System.getProperty("karaf.data");
        if (data == null || data.isBlank()) {
            throw new IllegalStateException("the system property karaf.data is not set: the webhook outbox lives in"
                    + " ${karaf.data}/accountsuccess/webhooks");
        }
        Properties properties = new Properties();
        properties.put(DataSourceFactory.JDBC_URL, "jdbc:h2:file:" + Path.of(data, "accountsuccess", "webhooks")
                .toAbsolutePath() + ";WRITE_DELAY=0");
        properties.put(DataSourceFactory.JDBC_USER, "webhooks");
        properties.put(DataSourceFactory.JDBC_PASSWORD, "");
        DataSource dataSource = h2.createDataSource(properties);
        this.outbox = new Outbox(dataSource);
    }

    Outbox outbox() {
        return outbox;
    }

    @Deactivate
    void close() throws SQLException {
        outbox.close();
    }
}

package org.accountsuccess.webhooks;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The outbox in the product's database: the DataSource {@code (dataSourceName=accountsuccess)} the
 * standalone store and the closed loop use (H2 embedded by default, PostgreSQL when configured;
 * {@code database.target} in {@value WebhooksConfiguration#PID} picks another), so that every node sharing the database shares one outbox.
 */
@Component(service = OutboxComponent.class, configurationPid = WebhooksConfiguration.PID)
public class OutboxComponent {
    static final String DATABASE = "(dataSourceName=accountsuccess)";

    private final Outbox outbox;

    @Activate
    public OutboxComponent(@Reference(name = "database", target = DATABASE) DataSource database) throws SQLException {
        this.outbox = new Outbox(database);
    }

    Outbox outbox() {
        return outbox;
    }
}

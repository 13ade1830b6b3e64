package org.accountsuccess.webhooks;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Map;

import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One configured endpoint ({@code etc/org.accountsuccess.webhook-<name>.cfg}). A bad value is
 * logged naming the configuration and property, and the endpoint stays down. When its
 * configuration is deleted, its pending deliveries become dead letters (replayable once an
 * endpoint of the same name is configured again); when the bundle merely stops they stay pending.
 */
@Component(service = EndpointComponent.class, immediate = true, configurationPid = EndpointConfiguration.FACTORY_PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = EndpointConfiguration.class, factory = true)
public class EndpointComponent {
    private static final Logger LOG = LoggerFactory.getLogger(EndpointComponent.class);
    private static final String SERVICE_PID = "service.pid";
    private static final String FILE = "felix.fileinstall.filename";

    private final Endpoint endpoint;
    private final String pid;
    private final OutboxComponent outbox;
    private final ConfigurationAdmin configurations;

    @Activate
    public EndpointComponent(EndpointConfiguration config, Map<String, Object> properties,
            @Reference OutboxComponent outbox, @Reference ConfigurationAdmin configurations) {
        this.outbox = outbox;
        this.configurations = configurations;
        this.pid = String.valueOf(properties.get(SERVICE_PID));
        try {
            this.endpoint = Endpoint.of(name(properties), source(properties), config);
        } catch (IllegalArgumentException e) {
            LOG.error("webhook endpoint not started: {}", e.getMessage());
            throw e;
        }
        LOG.info("{} configured", endpoint);
    }

    Endpoint endpoint() {
        return endpoint;
    }

    /** Dead-letters the pending deliveries when the configuration is gone (not when the bundle or Karaf stops). */
    @Deactivate
    void deactivate() throws SQLException, IOException, InvalidSyntaxException {
        if (configurations.listConfigurations("(" + SERVICE_PID + "=" + pid + ")") == null) {
            int dead = outbox.outbox().deadLetterPending(endpoint.name(),
                    "the endpoint was removed from the configuration while the delivery was pending");
            if (dead > 0) {
                LOG.warn("webhook endpoint '{}' removed: its {} pending deliveries are dead letters now", endpoint.name(),
                        dead);
            }
        }
    }

    /** Where the configuration comes from: its file's name, or its PID. */
    static String source(Map<String, Object> properties) {
        if (properties.get(FILE) instanceof String file) {
            return file.substring(file.lastIndexOf('/') + 1);
        }
        return String.valueOf(properties.get(SERVICE_PID));
    }

    /**
     * {@code example} of the file {@code etc/org.accountsuccess.webhook-example.cfg} (Karaf makes a
     * factory configuration of it), or of the PID {@code org.accountsuccess.webhook~example} (a named
     * factory configuration made through Config Admin).
     */
    static String name(Map<String, Object> properties) {
        String pid = String.valueOf(properties.get(SERVICE_PID));
        String name = pid;
        if (pid.startsWith(EndpointConfiguration.FACTORY_PID + "~")) {
            name = pid.substring(EndpointConfiguration.FACTORY_PID.length() + 1);
        } else if (properties.get(FILE) instanceof String file) {
            String fileName = file.substring(file.lastIndexOf('/') + 1).replaceFirst("\\.cfg$", "");
            if (fileName.startsWith(EndpointConfiguration.FACTORY_PID + "-")) {
                name = fileName.substring(EndpointConfiguration.FACTORY_PID.length() + 1);
            }
        }
        if (!name.matches("[A-Za-z0-9._\\-]{1,100}")) {
            throw new IllegalArgumentException(pid + ": the endpoint name '" + name
                    + "' may have letters, digits, '.', '_' and '-' only, at most 100 of them");
        }
        return name;
    }
}

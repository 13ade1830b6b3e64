package org.accountsuccess.example.invoices;

import org.accountsuccess.api.event.AccountSuccessEvents;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An integrator's event handler: logs every change of an account's health band, the place where an
 * ERP would, say, hold deliveries to accounts that turn red.
 */
@Component(property = EventConstants.EVENT_TOPIC + "=" + AccountSuccessEvents.BAND_CHANGED)
public class BandChangeLog implements EventHandler {
    private static final Logger LOG = LoggerFactory.getLogger(BandChangeLog.class);

    @Override
    public void handleEvent(Event event) {
        LOG.info(line(event));
    }

    static String line(Event event) {
        Object previous = event.getProperty(AccountSuccessEvents.PREVIOUS_BAND);
        return "account " + event.getProperty(AccountSuccessEvents.ACCOUNT_ID) + " went "
                + (previous == null ? "" : "from " + previous + " ") + "to " + event.getProperty(AccountSuccessEvents.BAND)
                + " (health " + event.getProperty(AccountSuccessEvents.HEALTH_SCORE) + ")";
    }
}

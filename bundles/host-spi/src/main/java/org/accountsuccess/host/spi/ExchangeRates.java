package org.accountsuccess.host.spi;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The tenant's constant rate table. Optional: without it every amount is taken to be in one
 * currency. Rates are constant on purpose, so that a rate change is never counted as expansion or
 * contraction.
 */
@ProviderType
public interface ExchangeRates {

    /** The rate table in force. */
    ExchangeRateTable table();
}

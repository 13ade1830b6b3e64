package org.accountsuccess.api.health;

/** The band of a health score: green {@code >= 70}, yellow {@code >= 40}, red below (the defaults). */
public enum HealthBand {
    GREEN,
    YELLOW,
    RED
}

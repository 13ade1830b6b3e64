package org.accountsuccess.rest.access;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit log: one line for every login that failed, was throttled or (once an hour) worked,
 * every refused cross-site write, every import and every webhook replay, on the logger
 * {@value #NAME}, so that an operator can route it apart from the rest of karaf.log.
 */
public final class Audit {
    public static final String NAME = "org.accountsuccess.audit";
    public static final Logger LOG = LoggerFactory.getLogger(NAME);

    private Audit() {
    }
}

package org.accountsuccess.api;

/** An attribute of an account that a portfolio figure can be cut by (taken at the period's start). */
public enum AccountDimension {
    SEGMENT, TIER, OWNER, LOYALTY_CLASS
}

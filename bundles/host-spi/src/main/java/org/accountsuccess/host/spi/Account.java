package org.accountsuccess.host.spi;

/**
 * A customer account of the host CRM.
 *
 * @param id the host's account id
 * @param name display name
 * @param owner user id of the account owner (the rep), or {@code null}
 * @param segment free-text segment, or {@code null}
 * @param tier 1, 2 or 3; 1 is the most important
 * @param industry or {@code null}
 * @param country or {@code null}
 * @param parentAccountId the parent account's id, or {@code null}
 * @param currency ISO 4217 code of the account's money, or {@code null} for the base currency
 */
public record Account(String id, String name, String owner, String segment, int tier, String industry,
        String country, String parentAccountId, String currency) {
    /** The tier of an account that names none. */
    public static final int DEFAULT_TIER = 3;

    public Account {
        Check.id("Account", id);
        Check.required("Account", id, "name", name);
        if (tier < 1 || tier > 3) {
            throw new IllegalArgumentException("Account " + id + ": field 'tier' is " + tier + ", must be 1, 2 or 3");
        }
        owner = Check.optional(owner);
        segment = Check.optional(segment);
        industry = Check.optional(industry);
        country = Check.optional(country);
        parentAccountId = Check.optional(parentAccountId);
        currency = Check.optional(currency);
    }
}

package org.accountsuccess.host.spi;

/**
 * A person at a customer account.
 *
 * @param id the host's contact id
 * @param accountId the account the contact belongs to
 * @param name or {@code null}
 * @param email or {@code null}
 * @param title job title, or {@code null}
 * @param role the contact's role in the buying centre
 * @param active false once the contact has left or must no longer be contacted
 */
public record Contact(String id, String accountId, String name, String email, String title, Role role,
        boolean active) {
    public Contact {
        Check.id("Contact", id);
        Check.required("Contact", id, "accountId", accountId);
        Check.required("Contact", id, "role", role);
        name = Check.optional(name);
        email = Check.optional(email);
        title = Check.optional(title);
    }
}

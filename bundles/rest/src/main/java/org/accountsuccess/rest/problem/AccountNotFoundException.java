package org.accountsuccess.rest.problem;

/**
 * No account with this id that the caller may see: 404. An account the caller may not see answers
 * the same as an unknown one, so account ids cannot be probed.
 */
public class AccountNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AccountNotFoundException(String accountId) {
        super("no account '" + accountId + "'");
    }
}

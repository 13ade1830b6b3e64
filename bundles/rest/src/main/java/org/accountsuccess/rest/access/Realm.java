package org.accountsuccess.rest.access;

import java.util.Optional;
import java.util.Set;

/** Checks a user name and password and tells the user's role names. */
@FunctionalInterface
public interface Realm {
    /** The user's role names when the password is right; empty otherwise. */
    Optional<Set<String>> login(String user, char[] password);
}

package org.accountsuccess.rest.access;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

/**
 * A JAAS realm of the container, such as Karaf's {@code karaf} realm ({@code etc/users.properties}).
 * Role names are the names of the subject's principals whose class is named {@code RolePrincipal}
 * (Karaf's, with the roles of the user's groups), so the bundle needs no Karaf import.
 *
 * @param name the JAAS realm name
 */
public record JaasRealm(String name) implements Realm {
    private static final String ROLE_PRINCIPAL = "RolePrincipal";

    @Override
    public Optional<Set<String>> login(String user, char[] password) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Karaf's ProxyLoginModule is boot-delegated: any bundle class loader sees it.
        thread.setContextClassLoader(JaasRealm.class.getClassLoader());
        try {
            LoginContext context = new LoginContext(name, callbacks -> {
                for (var callback : callbacks) {
                    if (callback instanceof NameCallback n) {
                        n.setName(user);
                    } else if (callback instanceof PasswordCallback p) {
                        p.setPassword(password);
                    } else {
                        throw new UnsupportedCallbackException(callback);
                    }
                }
            });
            context.login();
            Set<String> roles = context.getSubject().getPrincipals().stream()
                    .filter(p -> p.getClass().getSimpleName().equals(ROLE_PRINCIPAL))
                    .map(p -> p.getName()).collect(Collectors.toSet());
            context.logout();
            return Optional.of(roles);
        } catch (LoginException e) {
            return Optional.empty();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}

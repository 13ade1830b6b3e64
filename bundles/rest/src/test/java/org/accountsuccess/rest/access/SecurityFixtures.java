package org.accountsuccess.rest.access;

import java.lang.reflect.Proxy;

/** A security configuration with the given allowed origins and the annotation defaults otherwise. */
final class SecurityFixtures {
    private SecurityFixtures() {
    }

    static SecurityConfiguration config(String... allowedOrigins) {
        return (SecurityConfiguration) Proxy.newProxyInstance(SecurityConfiguration.class.getClassLoader(),
                new Class<?>[] {SecurityConfiguration.class}, (proxy, method, args) ->
                        method.getName().equals("allowed_origins") ? allowedOrigins : method.getDefaultValue());
    }
}

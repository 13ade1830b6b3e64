package org.accountsuccess.rest.access;

import java.lang.reflect.Proxy;
import java.util.Map;

/** A security configuration with the given values and the annotation defaults otherwise. */
final class SecurityFixtures {
    private SecurityFixtures() {
    }

    static SecurityConfiguration config(String... allowedOrigins) {
        return config(Map.of("allowed_origins", allowedOrigins));
    }

    /** @param values by method name ({@code launch_secret}) */
    static SecurityConfiguration config(Map<String, Object> values) {
        return (SecurityConfiguration) Proxy.newProxyInstance(SecurityConfiguration.class.getClassLoader(),
                new Class<?>[] {SecurityConfiguration.class}, (proxy, method, args) ->
                        values.containsKey(method.getName()) ? values.get(method.getName()) : method.getDefaultValue());
    }
}

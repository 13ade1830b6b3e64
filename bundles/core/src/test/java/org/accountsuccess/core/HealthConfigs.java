package org.accountsuccess.core;

import java.lang.reflect.Proxy;
import java.util.Map;

/** The health configuration DS would hand over: the annotation's defaults, with some properties overridden. */
final class HealthConfigs {
    private HealthConfigs() {
    }

    static HealthConfiguration with(Map<String, Object> overrides) {
        return (HealthConfiguration) Proxy.newProxyInstance(HealthConfiguration.class.getClassLoader(),
                new Class<?>[] {HealthConfiguration.class},
                (proxy, method, args) -> overrides.getOrDefault(method.getName(), method.getDefaultValue()));
    }

    static HealthConfiguration defaults() {
        return with(Map.of());
    }
}

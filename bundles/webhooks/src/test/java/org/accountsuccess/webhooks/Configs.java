package org.accountsuccess.webhooks;

import java.lang.reflect.Proxy;
import java.util.Map;

/** Typed configurations as DS makes them: the given values, the defaults for the rest. */
final class Configs {
    private Configs() {
    }

    static <T> T of(Class<T> type, Map<String, Object> values) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            Object value = values.get(method.getName());
            return value != null ? value : method.getDefaultValue();
        }));
    }

    static EndpointConfiguration endpoint(String url, Map<String, Object> values) {
        Map<String, Object> all = new java.util.HashMap<>(values);
        all.putIfAbsent("url", url);
        all.putIfAbsent("secret", "it-secret-0123456789");
        return of(EndpointConfiguration.class, all);
    }
}

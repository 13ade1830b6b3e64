package org.accountsuccess.webhooks;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.accountsuccess.database.lease.LeaderLease;

/** Typed configurations as DS makes them: the given values, the defaults for the rest. */
final class Configs {
    /** The leader lease of a node that holds it. */
    static final LeaderLease HELD = lease(() -> true);

    private Configs() {
    }

    static LeaderLease lease(BooleanSupplier held) {
        return new LeaderLease() {
            @Override
            public boolean held() {
                return held.getAsBoolean();
            }

            @Override
            public String nodeId() {
                return "test";
            }
        };
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

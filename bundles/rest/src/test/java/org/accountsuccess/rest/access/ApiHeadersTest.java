package org.accountsuccess.rest.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.core.MultivaluedHashMap;
import javax.ws.rs.core.MultivaluedMap;

import org.junit.jupiter.api.Test;

class ApiHeadersTest {
    @Test
    void everyAnswerIsNotSniffedNotCachedAndSaysTheServersTime() {
        Map<String, Object> properties = new HashMap<>();
        ContainerRequestContext request = (ContainerRequestContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ContainerRequestContext.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "setProperty" -> properties.put((String) args[0], args[1]);
                    case "getProperty" -> properties.get((String) args[0]);
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
        ContainerResponseContext response = (ContainerResponseContext) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {ContainerResponseContext.class},
                (proxy, m, args) -> headers);
        ApiHeaders filter = new ApiHeaders();

        filter.filter(request);
        filter.filter(request, response);

        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.getFirst("Cache-Control")).isEqualTo("no-store");
        assertThat((String) headers.getFirst("Server-Timing")).matches("app;dur=\\d+\\.\\d{3}");
    }
}

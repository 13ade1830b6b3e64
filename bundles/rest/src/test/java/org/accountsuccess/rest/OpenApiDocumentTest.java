package org.accountsuccess.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import javax.ws.rs.HttpMethod;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/**
 * The hand-written OpenAPI document and the resources' JAX-RS annotations name the same paths,
 * methods and parameters: adding, renaming or removing one on either side fails here.
 */
class OpenApiDocumentTest {

    @Test
    void theDocumentDescribesExactlyTheResources() throws Exception {
        assertThat(documented()).isEqualTo(annotated());
    }

    @Test
    void theDocumentIsOpenApi3WithTheBasePath() throws IOException {
        JsonNode document = document();
        assertThat(document.path("openapi").asText()).startsWith("3.");
        assertThat(document.path("servers").get(0).path("url").asText()).isEqualTo("/" + RestApplication.BASE);
    }

    /** "GET /accounts/{id}/scorecard" and one "GET /accounts/{id}/scorecard query:asOf" per parameter. */
    private static Set<String> annotated() throws IOException, URISyntaxException, ClassNotFoundException {
        Set<String> operations = new TreeSet<>();
        for (Class<?> resource : resourceClasses()) {
            String base = resource.getAnnotation(javax.ws.rs.Path.class).value();
            for (Method method : resource.getMethods()) {
                String verb = httpMethod(method);
                if (verb == null) {
                    continue;
                }
                javax.ws.rs.Path sub = method.getAnnotation(javax.ws.rs.Path.class);
                String operation = verb + " /" + base + (sub == null ? "" : "/" + sub.value());
                operations.add(operation);
                for (Parameter parameter : method.getParameters()) {
                    QueryParam query = parameter.getAnnotation(QueryParam.class);
                    PathParam path = parameter.getAnnotation(PathParam.class);
                    if (query != null) {
                        operations.add(operation + " query:" + query.value());
                    } else if (path != null) {
                        operations.add(operation + " path:" + path.value());
                    }
                }
            }
        }
        return operations;
    }

    private static Set<String> documented() throws IOException {
        Set<String> operations = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document().path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> verbs = path.getValue().fields(); verbs.hasNext();) {
                Map.Entry<String, JsonNode> verb = verbs.next();
                String operation = verb.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
                operations.add(operation);
                verb.getValue().path("parameters").forEach(p ->
                        operations.add(operation + " " + p.path("in").asText() + ":" + p.path("name").asText()));
            }
        }
        return operations;
    }

    private static JsonNode document() throws IOException {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(OpenApiResource.PATH)) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static String httpMethod(Method method) {
        return Stream.of(method.getAnnotations()).map(a -> a.annotationType().getAnnotation(HttpMethod.class))
                .filter(m -> m != null).map(HttpMethod::value).findFirst().orElse(null);
    }

    /** Every class of the bundle's package and its subpackages with a JAX-RS {@code @Path}. */
    private static Set<Class<?>> resourceClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(RestApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path folder = classes.resolve(RestApplication.class.getPackageName().replace('.', '/'));
        Set<Class<?>> resources = new java.util.HashSet<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = classes.relativize(file).toString();
                if (name.endsWith(".class") && !name.contains("$")) {
                    Class<?> type = Class.forName(name.substring(0, name.length() - ".class".length())
                            .replace(java.io.File.separatorChar, '.'));
                    if (type.isAnnotationPresent(javax.ws.rs.Path.class)) {
                        resources.add(type);
                    }
                }
            }
        }
        assertThat(resources).as("resource classes").hasSizeGreaterThanOrEqualTo(8);
        return resources;
    }
}

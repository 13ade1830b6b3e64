package org.accountsuccess.benchmarks.rest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A user of the REST API over loopback: a plain {@link HttpClient} with HTTP Basic. */
final class Rest {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DURATION = Pattern.compile("dur=([0-9.]+)");

    /** One answer: status, body, client-side nanoseconds, and the server's own time in ms when it says (Server-Timing). */
    record Answer(int status, byte[] body, long nanos, Double serverMillis) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: " + new String(body, StandardCharsets.UTF_8), e);
            }
        }

        boolean ok() {
            return status / 100 == 2;
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    final String base;
    private final String authorization;
    final HttpClient client;
    private final Duration timeout;

    Rest(String base, String user, String password, Duration timeout, ExecutorService executor) {
        this.base = base;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10));
        if (executor != null) {
            builder.executor(executor);
        }
        this.client = builder.build();
        this.timeout = timeout;
    }

    HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                .header("Authorization", authorization).header("Accept", "application/json").GET().build();
    }

    Answer get(String path) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<byte[]> response = client.send(request(path), HttpResponse.BodyHandlers.ofByteArray());
        long nanos = System.nanoTime() - start;
        return new Answer(response.statusCode(), response.body(), nanos, serverMillis(response));
    }

    CompletableFuture<HttpResponse<byte[]>> getAsync(String path) {
        return client.sendAsync(request(path), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** POST {@code zip} as the multipart field {@code file}. */
    Answer postZip(String path, Path zip) throws IOException, InterruptedException {
        String boundary = "----as-bench-" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + zip.getFileName() + "\"\r\nContent-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] file = Files.readAllBytes(zip);
        byte[] body = new byte[head.length + file.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(file, 0, body, head.length, file.length);
        System.arraycopy(tail, 0, body, head.length + file.length, tail.length);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(60))
                .header("Authorization", authorization).header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("X-Requested-With", "rest-vs-duckdb") // the API takes writes only with it
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        long start = System.nanoTime();
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(response.statusCode(), response.body(), System.nanoTime() - start, serverMillis(response));
    }

    static Double serverMillis(HttpResponse<?> response) {
        return response.headers().firstValue("Server-Timing").map(value -> {
            Matcher m = DURATION.matcher(value);
            return m.find() ? Double.valueOf(m.group(1)) : null;
        }).orElse(null);
    }
}

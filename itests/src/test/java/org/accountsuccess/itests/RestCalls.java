package org.accountsuccess.itests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Calls of the REST API of the booted distribution over real HTTP, as the ITs' users. */
final class RestCalls {
    static final String BASE = "http://localhost:" + KarafDistribution.HTTP_PORT + "/account-success/api/v1/";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One HTTP answer. */
    record Answer(int status, String contentType, String challenge, JsonNode body) {
    }

    private RestCalls() {
    }

    /** GET as a user whose password is {@code pw-} and the user name without {@code it-}. */
    static Answer get(String user, String path) throws IOException {
        return request("GET", path, user + ":pw-" + user.replaceFirst("^it-", ""), null, null);
    }

    static Answer request(String method, String path, String credentials, String fileName, byte[] file)
            throws IOException {
        HttpURLConnection http = (HttpURLConnection) URI.create(BASE + path).toURL().openConnection();
        http.setRequestMethod(method);
        http.setRequestProperty("X-Requested-With", "rest-it"); // a script's write, not another site's
        if (credentials != null) {
            http.setRequestProperty("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        if (file != null) {
            String boundary = "rest-it-boundary";
            http.setDoOutput(true);
            http.setRequestProperty("Content-Type", "multipart/form-data; boundary=" + boundary);
            try (OutputStream out = http.getOutputStream()) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                out.write(file);
                out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        int status = http.getResponseCode();
        try (InputStream in = status < 400 ? http.getInputStream() : http.getErrorStream()) {
            byte[] body = in == null ? new byte[0] : in.readAllBytes();
            JsonNode json = body.length == 0 ? JSON.nullNode() : JSON.readTree(body);
            return new Answer(status, String.valueOf(http.getContentType()),
                    http.getHeaderField("WWW-Authenticate"), json);
        } finally {
            http.disconnect();
        }
    }
}

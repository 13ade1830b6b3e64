package org.accountsuccess.rest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accountsuccess.rest.problem.BadParameterException;

/**
 * One file field of a {@code multipart/form-data} body (RFC 7578), read into memory up to
 * {@value #MAX_BYTES} bytes: JAX-RS 2.1 has no multipart API, and this keeps the bundle off CXF's.
 */
final class MultipartFile {
    /** The largest upload; bigger data sets go through {@code as:import} on the server. */
    static final int MAX_BYTES = 64 * 1024 * 1024;
    private static final Pattern BOUNDARY = Pattern.compile("boundary=(\"?)([^\";]+)\\1");
    private static final byte[] HEADER_END = "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);

    private MultipartFile() {
    }

    /** The content of the part named {@code field}. */
    static byte[] read(String contentType, InputStream body, String field) throws IOException {
        Matcher boundary = contentType == null ? null : BOUNDARY.matcher(contentType);
        if (boundary == null || !contentType.toLowerCase().startsWith("multipart/form-data") || !boundary.find()) {
            throw new BadParameterException(field, "expected a multipart/form-data body with a field '" + field + "'");
        }
        byte[] data = body.readNBytes(MAX_BYTES + 1);
        if (data.length > MAX_BYTES) {
            throw new BadParameterException(field, field + ": larger than " + MAX_BYTES / (1024 * 1024)
                    + " MiB; import big data sets with as:import on the server");
        }
        byte[] delimiter = ("--" + boundary.group(2)).getBytes(StandardCharsets.ISO_8859_1);
        byte[] separator = ("\r\n--" + boundary.group(2)).getBytes(StandardCharsets.ISO_8859_1);
        int start = indexOf(data, delimiter, 0);
        while (start >= 0) {
            int headersEnd = indexOf(data, HEADER_END, start);
            if (headersEnd < 0) {
                break;
            }
            String headers = new String(data, start, headersEnd - start, StandardCharsets.UTF_8);
            int contentStart = headersEnd + HEADER_END.length;
            int end = indexOf(data, separator, contentStart);
            if (end < 0) {
                break;
            }
            if (headers.contains("name=\"" + field + "\"")) {
                return Arrays.copyOfRange(data, contentStart, end);
            }
            start = end + 2;
        }
        throw new BadParameterException(field, "the multipart body has no field '" + field + "'");
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}

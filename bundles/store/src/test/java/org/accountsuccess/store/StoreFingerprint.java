package org.accountsuccess.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

/**
 * What a store holds, in short: the row count of every data-set table and a SHA-256 over all their
 * rows in key order. Equal fingerprints mean equal data sets.
 */
record StoreFingerprint(Map<String, Long> rows, String sha256) {
    static final List<String> DATA_SET_TABLES = List.of("users", "exchange_rates", "accounts", "contacts",
            "invitations", "responses", "employee_responses", "contracts", "revenue", "activities");

    static StoreFingerprint of(DataSource dataSource) throws SQLException {
        MessageDigest digest = newDigest();
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : DATA_SET_TABLES) {
                long count = 0;
                digest.update(table.getBytes(StandardCharsets.UTF_8));
                try (ResultSet result = statement.executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2")) {
                    int columns = result.getMetaData().getColumnCount();
                    while (result.next()) {
                        count++;
                        for (int i = 1; i <= columns; i++) {
                            digest.update(String.valueOf(result.getString(i)).getBytes(StandardCharsets.UTF_8));
                            digest.update((byte) 0);
                        }
                    }
                }
                rows.put(table, count);
            }
        }
        return new StoreFingerprint(rows, HexFormat.of().formatHex(digest.digest()));
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return rows + " " + sha256.substring(0, 12);
    }
}

package org.accountsuccess.store;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import javax.sql.DataSource;

import org.sqlite.SQLiteDataSource;

/**
 * The embedded SQLite database exactly as the feature ships it: the JDBC URL of
 * {@code features/src/main/cfg/org.ops4j.datasource-accountsuccess.cfg} with {@code ${karaf.data}}
 * pointing at a test folder, opened through {@link SQLiteDataSource} as pax-jdbc's factory opens
 * it, so the crash tests check the configuration users get.
 */
final class ShippedDataSource {
    static final Path CONFIGURATION = Path.of("../../features/src/main/cfg/org.ops4j.datasource-accountsuccess.cfg");

    private ShippedDataSource() {
    }

    /** The shipped URL with {@code karafData} (created, as Karaf creates its data folder) for {@code ${karaf.data}}. */
    static String url(Path karafData) {
        try {
            Files.createDirectories(karafData);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + karafData, e);
        }
        Properties cfg = new Properties();
        try (Reader in = Files.newBufferedReader(CONFIGURATION, StandardCharsets.UTF_8)) {
            cfg.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CONFIGURATION.toAbsolutePath(), e);
        }
        String url = cfg.getProperty("url");
        if (url == null || !url.startsWith("jdbc:sqlite:")) {
            throw new IllegalStateException(CONFIGURATION + ": 'url' = '" + url + "' is not the embedded SQLite database");
        }
        return url.replace("${karaf.data}", karafData.toAbsolutePath().toString());
    }

    static DataSource open(String url) {
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl(url);
        return dataSource;
    }
}

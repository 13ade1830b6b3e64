package org.accountsuccess.store;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;

/**
 * The embedded H2 database exactly as the feature ships it: the JDBC URL of
 * {@code features/src/main/cfg/org.ops4j.datasource-accountsuccess.cfg} with {@code ${karaf.data}}
 * pointing at a test folder, so the crash tests check the configuration users get.
 */
final class ShippedDataSource {
    static final Path CONFIGURATION = Path.of("../../features/src/main/cfg/org.ops4j.datasource-accountsuccess.cfg");

    private ShippedDataSource() {
    }

    /** The shipped URL with {@code karafData} for {@code ${karaf.data}}. */
    static String url(Path karafData) {
        Properties cfg = new Properties();
        try (Reader in = Files.newBufferedReader(CONFIGURATION, StandardCharsets.UTF_8)) {
            cfg.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CONFIGURATION.toAbsolutePath(), e);
        }
        String url = cfg.getProperty("url");
        if (url == null || !url.startsWith("jdbc:h2:")) {
            throw new IllegalStateException(CONFIGURATION + ": 'url' = '" + url + "' is not the embedded H2 database");
        }
        return url.replace("${karaf.data}", karafData.toAbsolutePath().toString());
    }

    static DataSource open(String url) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("accountsuccess");
        return dataSource;
    }
}

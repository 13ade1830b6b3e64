package org.accountsuccess.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

/**
 * Makes an embedded H2 store durable whatever its URL says. With H2's default write delay
 * (500 ms) a commit is only written by a background thread later; a process killed in between
 * lost imports that had answered success, and a large import killed that way left an unreadable
 * store ("Row not found in primary index"). {@code WRITE_DELAY 0} makes H2 write the store at each
 * commit. The setting is kept in the database, so an old {@code etc/} configuration whose URL
 * lacks it is covered too. Does nothing on other databases.
 */
final class EmbeddedH2 {
    private EmbeddedH2() {
    }

    static void writeAtEveryCommit(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.getMetaData().getDatabaseProductName().equals("H2")) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET WRITE_DELAY 0");
                }
            }
        }
    }
}

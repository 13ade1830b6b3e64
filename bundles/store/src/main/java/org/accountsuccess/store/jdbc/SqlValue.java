package org.accountsuccess.store.jdbc;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;

import org.accountsuccess.database.schema.Dialect;

/**
 * The kinds of value the store keeps, and how each is bound and read over JDBC on SQLite, H2 and
 * PostgreSQL (SQLite keeps timestamps and decimals as text: {@link Dialect}). Values read back are
 * normalised (decimals without trailing zeros, timestamps as {@link Instant}), so that a stored
 * value equals the value it was written from.
 */
public enum SqlValue {
    TEXT(Types.VARCHAR) {
        @Override
        void set(Dialect dialect, PreparedStatement statement, int index, Object value) throws SQLException {
            statement.setString(index, (String) value);
        }

        @Override
        public Object read(ResultSet row, int column) throws SQLException {
            return row.getString(column);
        }
    },
    INTEGER(Types.INTEGER) {
        @Override
        void set(Dialect dialect, PreparedStatement statement, int index, Object value) throws SQLException {
            statement.setInt(index, (Integer) value);
        }

        @Override
        public Object read(ResultSet row, int column) throws SQLException {
            int value = row.getInt(column);
            return row.wasNull() ? null : value;
        }
    },
    BOOLEAN(Types.BOOLEAN) {
        @Override
        void set(Dialect dialect, PreparedStatement statement, int index, Object value) throws SQLException {
            statement.setBoolean(index, (Boolean) value);
        }

        @Override
        public Object read(ResultSet row, int column) throws SQLException {
            boolean value = row.getBoolean(column);
            return row.wasNull() ? null : value;
        }
    },
    DECIMAL(Types.DECIMAL) {
        @Override
        void set(Dialect dialect, PreparedStatement statement, int index, Object value) throws SQLException {
            if (dialect == Dialect.SQLITE) {
                statement.setString(index, ((BigDecimal) value).toPlainString()); // exact, as text (V1 for SQLite)
            } else {
                statement.setBigDecimal(index, (BigDecimal) value);
            }
        }

        @Override
        public Object read(ResultSet row, int column) throws SQLException {
            return normalized(row.getBigDecimal(column));
        }
    },
    DATE(Types.DATE) {
        @Override
        void set(Dialect dialect, PreparedStatement statement, int index, Object value) throws SQLException {
            statement.setObject(index, value);
        }

        @Override
        public Object read(ResultSet row, int column) throws SQLException {
            return row.getObject(column, LocalDate.class);
        }
    },
    TIMESTAMP(Types.TIMESTAMP_WITH_TIMEZONE) {
        @Override
        void set(Dialect dialect, PreparedStatement statement, int index, Object value) throws SQLException {
            dialect.setTimestamp(statement, index, (Instant) value);
        }

        @Override
        public Object read(ResultSet row, int column) throws SQLException {
            return Dialect.timestamp(row, column);
        }
    };

    private final int sqlType;

    SqlValue(int sqlType) {
        this.sqlType = sqlType;
    }

    abstract void set(Dialect dialect, PreparedStatement statement, int index, Object value) throws SQLException;

    /** Reads column {@code column} (1-based) of the current row, normalised; {@code null} for SQL NULL. */
    public abstract Object read(ResultSet row, int column) throws SQLException;

    /** Binds {@code value} (or SQL NULL) to parameter {@code index}, in the form {@code dialect} keeps it. */
    public void bind(Dialect dialect, PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, sqlType);
        } else {
            set(dialect, statement, index, value);
        }
    }

    /** The kind of a non-null query parameter. */
    public static SqlValue of(Object value) {
        if (value instanceof String) {
            return TEXT;
        } else if (value instanceof Integer) {
            return INTEGER;
        } else if (value instanceof Boolean) {
            return BOOLEAN;
        } else if (value instanceof BigDecimal) {
            return DECIMAL;
        } else if (value instanceof LocalDate) {
            return DATE;
        } else if (value instanceof Instant) {
            return TIMESTAMP;
        }
        throw new IllegalArgumentException("no SQL value kind for " + value.getClass().getName());
    }

    /** A decimal without trailing zeros after the point, so that 10.50 and 10.5 are the same amount (460 stays 460). */
    public static BigDecimal normalized(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}

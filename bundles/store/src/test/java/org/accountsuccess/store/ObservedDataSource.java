package org.accountsuccess.store;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * A pool-less DataSource that counts the connections open and records every query run through
 * a prepared statement, with its parameters, so a test can check what the store asked.
 */
final class ObservedDataSource implements DataSource {
    /** A query as it was executed. */
    record Query(String sql, List<Object> params) {
    }

    private final DataSource target;
    private final AtomicInteger open = new AtomicInteger();
    private final List<Query> queries = new CopyOnWriteArrayList<>();

    ObservedDataSource(DataSource target) {
        this.target = target;
    }

    int openConnections() {
        return open.get();
    }

    List<Query> queries() {
        return List.copyOf(queries);
    }

    void forgetQueries() {
        queries.clear();
    }

    @Override
    public Connection getConnection() throws SQLException {
        return observe(target.getConnection());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return observe(target.getConnection(user, password));
    }

    private Connection observe(Connection connection) {
        open.incrementAndGet();
        boolean[] closed = {false};
        return proxy(Connection.class, connection, (method, args) -> {
            Object result = method.invoke(connection, args);
            if (method.getName().equals("close") && !closed[0]) {
                closed[0] = true;
                open.decrementAndGet();
            }
            if (method.getName().equals("prepareStatement")) {
                return observe((PreparedStatement) result, (String) args[0]);
            }
            return result;
        });
    }

    private PreparedStatement observe(PreparedStatement statement, String sql) {
        Map<Integer, Object> params = new TreeMap<>();
        return proxy(PreparedStatement.class, statement, (method, args) -> {
            if (method.getName().startsWith("set") && args != null && args.length >= 2
                    && args[0] instanceof Integer index) {
                params.put(index, args[1]);
            } else if (method.getName().equals("executeQuery") && (args == null || args.length == 0)) {
                queries.add(new Query(sql, new ArrayList<>(params.values())));
            }
            return method.invoke(statement, args);
        });
    }

    private interface Call {
        Object invoke(Method method, Object[] args) throws Exception;
    }

    private static <T> T proxy(Class<T> type, T target, Call call) {
        InvocationHandler handler = (proxy, method, args) -> {
            try {
                return call.invoke(method, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(ObservedDataSource.class.getClassLoader(), new Class<?>[] {type},
                handler));
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return target.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return target.isWrapperFor(iface);
    }
}

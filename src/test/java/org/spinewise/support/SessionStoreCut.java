package org.spinewise.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The database becoming unreachable at one precise point of a request: while cut, every statement that
 * writes Spring Session's tables (or, after {@link #cutAfterNextWrite()}, touches them at all) fails as a
 * dropped connection does (SQL state 08006), and everything else still works. Since the session is the
 * last thing a request saves, this is the database going away after the request's own commit: a window a
 * real outage hits only by chance.
 */
public final class SessionStoreCut extends DelegatingDataSource {

    private static final String SESSION_TABLE = "spring_session";
    private static final String CONNECTION_FAILURE = "08006";

    private volatile boolean cut;
    private volatile boolean cutAfterNextWrite;
    private volatile boolean readsToo;
    private final AtomicInteger refusedStatements = new AtomicInteger();

    SessionStoreCut(DataSource dataSource) {
        super(dataSource);
    }

    /** Imported by a test, it puts the application's data source behind a cut, as a bean of this type. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        static BeanPostProcessor sessionStoreCutAroundDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof DataSource dataSource && !(bean instanceof SessionStoreCut)
                            ? new SessionStoreCut(dataSource)
                            : bean;
                }
            };
        }
    }

    /** From now on, refuses every write to the session tables. */
    public void cut() {
        refusedStatements.set(0);
        readsToo = false;
        cut = true;
    }

    /**
     * Lets the next write to the session tables through, then refuses every statement on them, reads too:
     * the database going away just after a request saved its session.
     */
    public void cutAfterNextWrite() {
        refusedStatements.set(0);
        readsToo = true;
        cutAfterNextWrite = true;
    }

    public void restore() {
        cut = false;
        cutAfterNextWrite = false;
    }

    /** Session statements refused since the cut was set up. */
    public int refusedStatements() {
        return refusedStatements.get();
    }

    @Override
    public Connection getConnection() throws SQLException {
        return cuttable(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return cuttable(super.getConnection(username, password));
    }

    private Connection cuttable(Connection connection) {
        InvocationHandler handler = (proxy, method, arguments) -> {
            String sql = isStatementFor(method, arguments) ? (String) arguments[0] : null;
            if (sql != null && cut && (readsToo ? onSessions(sql) : writesSessions(sql))) {
                refusedStatements.incrementAndGet();
                throw new SQLTransientConnectionException("connection cut by the test", CONNECTION_FAILURE);
            }
            try {
                return method.invoke(connection, arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            } finally {
                if (sql != null && cutAfterNextWrite && writesSessions(sql)) {
                    cutAfterNextWrite = false;
                    cut = true;
                }
            }
        };
        return (Connection)
                Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
    }

    private static boolean isStatementFor(Method method, Object[] arguments) {
        return (method.getName().equals("prepareStatement") || method.getName().equals("prepareCall"))
                && arguments != null
                && arguments.length > 0
                && arguments[0] instanceof String;
    }

    private static boolean onSessions(String sql) {
        return sql.toLowerCase(Locale.ROOT).contains(SESSION_TABLE);
    }

    private static boolean writesSessions(String sql) {
        return onSessions(sql) && !sql.strip().toLowerCase(Locale.ROOT).startsWith("select");
    }
}

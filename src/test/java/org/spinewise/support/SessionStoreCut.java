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
 * writes Spring Session's tables fails as a dropped connection does (SQL state 08006), and everything else
 * still works. Since the session is the last thing a request saves, this is the database going away after
 * the request's own commit: a window a real outage hits only by chance.
 */
public final class SessionStoreCut extends DelegatingDataSource {

    private static final String SESSION_TABLE = "spring_session";
    private static final String CONNECTION_FAILURE = "08006";

    private volatile boolean cut;
    private final AtomicInteger refusedWrites = new AtomicInteger();

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
                            ? new SessionStoreCut(dataSource) : bean;
                }
            };
        }
    }

    public void cut() {
        refusedWrites.set(0);
        cut = true;
    }

    public void restore() {
        cut = false;
    }

    /** Session writes refused since the last {@link #cut()}. */
    public int refusedWrites() {
        return refusedWrites.get();
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
            if (cut && isStatementFor(method, arguments) && writesSessions((String) arguments[0])) {
                refusedWrites.incrementAndGet();
                throw new SQLTransientConnectionException("connection cut by the test", CONNECTION_FAILURE);
            }
            try {
                return method.invoke(connection, arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                handler);
    }

    private static boolean isStatementFor(Method method, Object[] arguments) {
        return (method.getName().equals("prepareStatement") || method.getName().equals("prepareCall"))
                && arguments != null && arguments.length > 0 && arguments[0] instanceof String;
    }

    private static boolean writesSessions(String sql) {
        String statement = sql.strip().toLowerCase(Locale.ROOT);
        return statement.contains(SESSION_TABLE) && !statement.startsWith("select");
    }
}

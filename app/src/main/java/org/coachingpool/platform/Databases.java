package org.coachingpool.platform;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;

/** Builds the connection pool for either mode and proves the database answers before use. */
public final class Databases {

    /**
     * The migrations' name for the role the app connects as, granted its rights after every
     * migration; empty where the app owns its tables (the embedded default, tests).
     */
    public static final String APP_ROLE_PLACEHOLDER = "appRole";

    private Databases() {
    }

    /**
     * @param settingName what the person set to choose this database, named in the error
     * @throws StartupProblem naming the setting when the database cannot be reached
     */
    public static DataSource pooled(String url, String user, String password, String settingName) {
        // A plain connection first: its error says why (refused, unknown host, bad password),
        // where the pool would only report a timeout.
        // Timeouts as connection properties: DriverManager.setLoginTimeout would change every
        // driver in the JVM. Properties named in the URL take precedence.
        var properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("connectTimeout", "10");
        properties.setProperty("loginTimeout", "10");
        try (Connection ignored = DriverManager.getConnection(url, properties)) {
            // reachable
        } catch (SQLException e) {
            throw unreachable(url, settingName, e);
        }
        var pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername(user);
        pool.setPassword(password);
        pool.setMaximumPoolSize(10);
        pool.setPoolName("coachingpool");
        pool.setConnectionTimeout(10_000);
        pool.setInitializationFailTimeout(-1);
        try (Connection ignored = pool.getConnection()) {
            return pool;
        } catch (SQLException e) {
            pool.close();
            throw unreachable(url, settingName, e);
        }
    }

    private static StartupProblem unreachable(String url, String settingName, SQLException e) {
        return new StartupProblem("cannot reach PostgreSQL at " + settingName + "=" + url + " (" + e.getMessage() + ")",
                "check that the database is running and that " + settingName
                        + ", DATABASE_USER and DATABASE_PASSWORD are right", e);
    }
}

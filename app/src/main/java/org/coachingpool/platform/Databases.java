package org.coachingpool.platform;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Builds the connection pool for either mode and proves the database answers before use. */
public final class Databases {

    private Databases() {
    }

    /**
     * @param settingName what the person set to choose this database, named in the error
     * @throws StartupProblem naming the setting when the database cannot be reached
     */
    public static DataSource pooled(String url, String user, String password, String settingName) {
        // A plain connection first: its error says why (refused, unknown host, bad password),
        // where the pool would only report a timeout.
        DriverManager.setLoginTimeout(10);
        try (Connection ignored = DriverManager.getConnection(url, user, password)) {
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

package uk.policenewsroom;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

/**
 * A lock held by another connection, as a slow transaction elsewhere would hold it: a
 * statement that needs it waits until PostgreSQL's {@code lock_timeout} gives up. A real
 * failure of the database to answer in time, for tests of what the site then says.
 * Released (rolled back) on close.
 */
public final class HeldLock implements AutoCloseable {

	private final Connection connection;

	private HeldLock(Connection connection) {
		this.connection = connection;
	}

	/**
	 * Runs {@code sql} (a {@code lock table} or {@code select ... for update}) and holds
	 * what it locked.
	 */
	public static HeldLock take(DataSource dataSource, String sql) throws SQLException {
		Connection connection = dataSource.getConnection();
		try {
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				statement.execute(sql);
			}
			return new HeldLock(connection);
		}
		catch (SQLException ex) {
			connection.close();
			throw ex;
		}
	}

	@Override
	public void close() throws SQLException {
		try {
			this.connection.rollback();
		}
		finally {
			this.connection.close();
		}
	}

}

package uk.policenewsroom;

import java.util.ArrayList;
import java.util.List;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Records the SQL that Hibernate prepares on the current thread between {@link #start()}
 * and {@link #stop()}, so a test can say how many statements a page takes. Registered for
 * every {@link NewsroomTest} context.
 */
public class QueryCounter implements StatementInspector {

	private static final ThreadLocal<List<String>> statements = new ThreadLocal<>();

	public static void start() {
		statements.set(new ArrayList<>());
	}

	public static List<String> stop() {
		List<String> seen = statements.get();
		statements.remove();
		return (seen != null) ? seen : List.of();
	}

	@Override
	public String inspect(String sql) {
		List<String> seen = statements.get();
		if (seen != null) {
			seen.add(sql);
		}
		return sql;
	}

}

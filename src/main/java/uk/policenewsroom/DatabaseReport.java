package uk.policenewsroom;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says in the log which database the site is using, so nobody has to guess whether they
 * are looking at the embedded demo database or a real one.
 */
@Component
class DatabaseReport {

	private static final Logger log = LoggerFactory.getLogger(DatabaseReport.class);

	private final DataSource dataSource;

	DatabaseReport(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** Parameters can carry a password: the log gets the address only. */
	static String withoutParameters(String url) {
		int query = url.indexOf('?');
		return (query >= 0) ? url.substring(0, query) : url;
	}

	@EventListener(ApplicationReadyEvent.class)
	void report() {
		try (Connection connection = this.dataSource.getConnection()) {
			DatabaseMetaData meta = connection.getMetaData();
			log.info("Using database {} as {} ({} {})", withoutParameters(meta.getURL()), meta.getUserName(),
					meta.getDatabaseProductName(), meta.getDatabaseProductVersion());
		}
		catch (SQLException ex) {
			log.warn("Could not describe the database", ex);
		}
	}

}

package uk.policenewsroom.releases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.policenewsroom.accounts.PressOfficer;

/**
 * Who else has a release's editor open: each officer's editor says it is open when it
 * loads and, with JavaScript, every minute after. Kept in PostgreSQL, since the press
 * office is served by several instances; a row older than {@link #RECENT} means nothing.
 */
@Component
@Transactional
class OpenEditors {

	/** How long an editor counts as open after it last said so. */
	static final Duration RECENT = Duration.ofMinutes(3);

	private final JdbcClient jdbc;

	private final Clock clock;

	OpenEditors(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Notes that this officer has the editor open now, and answers who else has had it
	 * open recently, by name, in alphabetical order.
	 */
	List<String> open(long releaseId, PressOfficer officer) {
		Instant now = this.clock.instant();
		Timestamp since = Timestamp.from(now.minus(RECENT));
		this.jdbc.sql("delete from release_editors where release_id = ? and seen_at < ?")
			.params(releaseId, since)
			.update();
		this.jdbc.sql("""
				insert into release_editors (release_id, account_id, display_name, seen_at) values (?, ?, ?, ?)
				on conflict (release_id, account_id) do update set display_name = excluded.display_name,
				  seen_at = excluded.seen_at
				""").params(releaseId, officer.id(), officer.displayName(), Timestamp.from(now)).update();
		return this.jdbc.sql("""
				select display_name from release_editors
				where release_id = ? and account_id <> ? and seen_at >= ? order by display_name
				""").params(releaseId, officer.id(), since).query(String.class).list();
	}

}

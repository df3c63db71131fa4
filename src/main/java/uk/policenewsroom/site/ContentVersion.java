package uk.policenewsroom.site;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Knows when anything a public page shows has changed, on this instance or another one
 * sharing the database (docs/decisions.md, "Page cache invalidation").
 * <p>
 * A trigger on every public table moves {@code content_version.version} in the same
 * transaction as the change. This instance reads that row right after each of its own
 * read-write transactions commits, before the press officer's response is written, and
 * polls it every {@code newsroom.page-cache.poll-interval} (a second) for changes made
 * elsewhere, whatever wrote them. When it moves, {@link #generation()} moves and
 * {@link PublicContentChanged} is published.
 */
@Component
public class ContentVersion implements TransactionExecutionListener, SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ContentVersion.class);

	private static final String VERSION = "select version from content_version";

	private final DataSource dataSource;

	private final ApplicationEventPublisher events;

	private final ObjectProvider<TimedContent> timed;

	private final PageCacheProperties properties;

	private final Clock clock;

	private final AtomicLong generation = new AtomicLong();

	private long version = -1;

	private Instant nextTimedChange;

	private ScheduledExecutorService poller;

	ContentVersion(DataSource dataSource, ApplicationEventPublisher events, ObjectProvider<TimedContent> timed,
			PageCacheProperties properties, Clock clock) {
		this.dataSource = dataSource;
		this.events = events;
		this.timed = timed;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * A number that changes whenever public content may have changed: what was derived
	 * under one generation must not be used under another.
	 */
	public long generation() {
		return this.generation.get();
	}

	/**
	 * Reads the version now, and moves to a new generation if it changed. A plain
	 * connection of its own, so that it never joins a transaction that has just ended.
	 */
	public void check() {
		long current;
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement(VERSION);
				ResultSet row = statement.executeQuery()) {
			if (!row.next()) {
				throw new IllegalStateException("content_version has no row");
			}
			current = row.getLong(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot read the content version", ex);
		}
		boolean changed;
		synchronized (this) {
			changed = current != this.version;
			this.version = current;
		}
		if (changed) {
			changed();
		}
	}

	/** Also looks for content that changes with the clock alone. */
	void poll() {
		check();
		Instant now = this.clock.instant();
		boolean due;
		synchronized (this) {
			due = this.nextTimedChange != null && !now.isBefore(this.nextTimedChange);
		}
		Instant next = this.timed.orderedStream()
			.map((content) -> content.nextChangeAfter(now).orElse(null))
			.filter((at) -> at != null)
			.min(Instant::compareTo)
			.orElse(null);
		synchronized (this) {
			this.nextTimedChange = next;
		}
		if (due) {
			changed();
		}
	}

	private void changed() {
		this.events.publishEvent(new PublicContentChanged(this.generation.incrementAndGet()));
	}

	@Override
	public void afterCommit(TransactionExecution transaction, Throwable commitFailure) {
		if (commitFailure == null && !transaction.isReadOnly() && isRunning()) {
			try {
				check();
			}
			catch (RuntimeException ex) {
				// The change is committed: dropping everything is always safe.
				log.warn("Could not check the content version after a commit: {}", ex.getMessage());
				changed();
			}
		}
	}

	@Override
	public synchronized void start() {
		ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "content-version");
			thread.setDaemon(true);
			return thread;
		});
		long every = this.properties.pollInterval().toMillis();
		executor.scheduleWithFixedDelay(this::pollQuietly, 0, every, TimeUnit.MILLISECONDS);
		this.poller = executor;
	}

	private void pollQuietly() {
		try {
			poll();
		}
		catch (RuntimeException ex) {
			// The next poll tries again; meanwhile pages stay as they were.
			log.warn("Could not check the content version: {}", ex.getMessage());
		}
	}

	@Override
	public synchronized void stop() {
		if (this.poller != null) {
			this.poller.shutdownNow();
			this.poller = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.poller != null;
	}

	/** Stops polling before the data source closes. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 1024;
	}

}

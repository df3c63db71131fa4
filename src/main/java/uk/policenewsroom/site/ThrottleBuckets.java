package uk.policenewsroom.site;

import java.time.Duration;
import java.util.function.Supplier;

import javax.sql.DataSource;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

/**
 * Bucket4j buckets kept in a PostgreSQL table ({@code id}, {@code state},
 * {@code expires_at}), so every instance counts against the same limits. A bucket is
 * forgotten once it has refilled.
 */
public final class ThrottleBuckets {

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

	public ThrottleBuckets(DataSource dataSource, String table) {
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table(table)
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
			.build();
	}

	public Bucket bucket(String key, Supplier<BucketConfiguration> configuration) {
		return this.buckets.builder().build(key, configuration);
	}

	public void remove(String key) {
		this.buckets.removeProxy(key);
	}

	/**
	 * Forgets buckets that have refilled, so the table does not grow; returns how many.
	 */
	public int removeExpired() {
		int removed = 0;
		for (int batch = this.buckets.removeExpired(1000); batch > 0; batch = this.buckets.removeExpired(1000)) {
			removed += batch;
		}
		return removed;
	}

}

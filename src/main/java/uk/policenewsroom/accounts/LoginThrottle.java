package uk.policenewsroom.accounts;

import java.time.Duration;
import java.util.Locale;

import javax.sql.DataSource;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing, with Bucket4j buckets kept in PostgreSQL so every
 * instance counts the same failures. Two limits apply: failures from one client address
 * (against any accounts), and failures against one account from one address. Keying the
 * account's limit by address means an attacker who is throttled cannot lock the real
 * officer out: they sign in from elsewhere with a bucket of their own.
 */
@Component
class LoginThrottle {

	static final int FAILURES_PER_ACCOUNT = 5;

	static final Duration ACCOUNT_WINDOW = Duration.ofMinutes(15);

	static final int FAILURES_PER_ADDRESS = 30;

	static final Duration ADDRESS_WINDOW = Duration.ofMinutes(10);

	private static final BucketConfiguration PER_ACCOUNT = BucketConfiguration.builder()
		.addLimit((limit) -> limit.capacity(FAILURES_PER_ACCOUNT).refillGreedy(FAILURES_PER_ACCOUNT, ACCOUNT_WINDOW))
		.build();

	private static final BucketConfiguration PER_ADDRESS = BucketConfiguration.builder()
		.addLimit((limit) -> limit.capacity(FAILURES_PER_ADDRESS).refillGreedy(FAILURES_PER_ADDRESS, ADDRESS_WINDOW))
		.build();

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

	private final JdbcTemplate jdbc;

	LoginThrottle(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("login_buckets")
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
			.build();
	}

	/** Whether another attempt may be checked at all. */
	boolean allows(String address, String email) {
		return byAddress(address).getAvailableTokens() > 0 && byAccount(address, email).getAvailableTokens() > 0;
	}

	void failed(String address, String email) {
		byAddress(address).tryConsume(1);
		byAccount(address, email).tryConsume(1);
	}

	void succeeded(String address, String email) {
		this.buckets.removeProxy(accountKey(address, email));
	}

	/**
	 * Forgets the failures counted against one account, from every address: an admin's
	 * "unlock". Failures counted against an address (any account) are kept.
	 * @return how many addresses' counts were cleared
	 */
	int forget(String email) {
		String account = accountKey("", email);
		String prefix = account.substring(0, account.length() - 1)
			.replace("!", "!!")
			.replace("%", "!%")
			.replace("_", "!_");
		return this.jdbc.update("delete from login_buckets where id like ? escape '!'", prefix + "|%");
	}

	/** Forgets buckets that have refilled, so the table does not grow. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
	int removeExpired() {
		int removed = 0;
		for (int batch = this.buckets.removeExpired(1000); batch > 0; batch = this.buckets.removeExpired(1000)) {
			removed += batch;
		}
		return removed;
	}

	private io.github.bucket4j.Bucket byAddress(String address) {
		return proxies().builder().build("address:" + address, () -> PER_ADDRESS);
	}

	private io.github.bucket4j.Bucket byAccount(String address, String email) {
		return proxies().builder().build(accountKey(address, email), () -> PER_ACCOUNT);
	}

	private ProxyManager<String> proxies() {
		return this.buckets;
	}

	private static String accountKey(String address, String email) {
		String account = (email != null) ? email.strip().toLowerCase(Locale.ROOT) : "";
		if (account.length() > 254) {
			account = account.substring(0, 254);
		}
		return "account:" + account + "|" + address;
	}

}

package uk.policenewsroom.accounts;

import java.time.Duration;
import java.util.Locale;

import javax.sql.DataSource;

import io.github.bucket4j.BucketConfiguration;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import uk.policenewsroom.site.ThrottleBuckets;

/**
 * Slows down password guessing, with Bucket4j buckets kept in PostgreSQL so every
 * instance counts the same failures. Two limits apply: failures from one client address
 * (against any accounts), and failures against one account from one address. Keying the
 * account's limit by address means an attacker who is throttled cannot lock the real
 * officer out: they sign in from elsewhere with a bucket of their own. The check of the
 * current password, when an officer changes theirs, has a bucket per account.
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

	private final ThrottleBuckets buckets;

	private final JdbcTemplate jdbc;

	LoginThrottle(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.buckets = new ThrottleBuckets(dataSource, "login_buckets");
	}

	/** Whether another attempt may be checked at all. */
	boolean allows(String address, String email) {
		return byAddress(address).getAvailableTokens() > 0 && byAccount(address, email).getAvailableTokens() > 0;
	}

	/** Counts a failure; true when it was the last one allowed, so a lock-out begins. */
	boolean failed(String address, String email) {
		long byAddress = byAddress(address).tryConsumeAndReturnRemaining(1).getRemainingTokens();
		long byAccount = byAccount(address, email).tryConsumeAndReturnRemaining(1).getRemainingTokens();
		return byAddress == 0 || byAccount == 0;
	}

	/**
	 * Whether a signed-in officer may have their current password checked again (when
	 * changing it): a stolen session must not become a way to guess the password.
	 */
	boolean allowsPasswordCheck(long accountId) {
		return byPasswordCheck(accountId).getAvailableTokens() > 0;
	}

	void passwordCheckFailed(long accountId) {
		byPasswordCheck(accountId).tryConsume(1);
	}

	void passwordCheckSucceeded(long accountId) {
		this.buckets.remove(passwordCheckKey(accountId));
	}

	void succeeded(String address, String email) {
		this.buckets.remove(accountKey(address, email));
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
		return this.buckets.removeExpired();
	}

	private io.github.bucket4j.Bucket byAddress(String address) {
		return this.buckets.bucket("address:" + address, () -> PER_ADDRESS);
	}

	private io.github.bucket4j.Bucket byAccount(String address, String email) {
		return this.buckets.bucket(accountKey(address, email), () -> PER_ACCOUNT);
	}

	private io.github.bucket4j.Bucket byPasswordCheck(long accountId) {
		return this.buckets.bucket(passwordCheckKey(accountId), () -> PER_ACCOUNT);
	}

	private static String passwordCheckKey(long accountId) {
		return "password-check:" + accountId;
	}

	private static String accountKey(String address, String email) {
		String account = (email != null) ? email.strip().toLowerCase(Locale.ROOT) : "";
		if (account.length() > 254) {
			account = account.substring(0, 254);
		}
		return "account:" + account + "|" + address;
	}

}

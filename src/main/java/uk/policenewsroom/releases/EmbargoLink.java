package uk.policenewsroom.releases;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import uk.policenewsroom.releases.WorkflowException.Refusal;

/**
 * A link that shares an unpublished release with journalists under embargo. Only the hash
 * of its secret is kept: the link is shown once, to the officer who made it. It works
 * until it expires or is cancelled; after publication it sends readers to the live page
 * whatever its expiry ({@link EmbargoSharing#open}). Its openings are counted by an SQL
 * increment ({@link EmbargoLinks#countOpening}), never through this entity, so
 * simultaneous openings are all counted.
 */
@Entity
@Table(name = "embargo_links")
public class EmbargoLink {

	private static final SecureRandom RANDOM = new SecureRandom();

	/** The longest token a link can carry: anything longer is not one of ours. */
	static final int MAX_TOKEN_LENGTH = 64;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "release_id", nullable = false)
	private long releaseId;

	@Column(name = "token_hash", nullable = false, unique = true)
	private String tokenHash;

	private String recipient;

	@Column(name = "created_by")
	private Long createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "expires_at")
	private Instant expiresAt;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	@Column(name = "revoked_by")
	private Long revokedBy;

	@Column(insertable = false, updatable = false)
	private int openings;

	@Column(name = "last_opened_at", insertable = false, updatable = false)
	private Instant lastOpenedAt;

	protected EmbargoLink() {
	}

	private EmbargoLink(long releaseId, String tokenHash, String recipient, Long createdBy, Instant createdAt,
			Instant expiresAt) {
		this.releaseId = releaseId;
		this.tokenHash = tokenHash;
		this.recipient = recipient;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	/**
	 * A new link to the release and its secret, which is not kept: the caller shows it
	 * once.
	 * @param recipient who it is for, to tell links apart; may be null
	 * @param expiry how long it works before publication
	 */
	static Issued issue(long releaseId, Actor by, String recipient, EmbargoExpiry expiry, Clock clock) {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = clock.instant();
		String who = (recipient != null && !recipient.isBlank()) ? recipient.strip() : null;
		return new Issued(new EmbargoLink(releaseId, hash(token), who, by.id(), now, expiry.from(now)), token);
	}

	/** The hash a token is kept and looked up by. */
	static String hash(String token) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java has SHA-256", ex);
		}
	}

	/**
	 * Cancels the link, for an editor, the release's author or the officer who made the
	 * link.
	 */
	void cancel(Actor by, Long releaseAuthorId, Clock clock) {
		if (!mayCancel(by, releaseAuthorId)) {
			throw new WorkflowException(Refusal.NOT_YOURS,
					"Only an editor, the release's writer or whoever made the link can cancel it");
		}
		if (this.revokedAt != null) {
			throw new WorkflowException("This link is already cancelled");
		}
		this.revokedAt = clock.instant();
		this.revokedBy = by.id();
	}

	/** What the link shows now of its release. */
	Shows showsAt(Release release, Instant now) {
		if (isCancelled()) {
			return Shows.NOTHING_CANCELLED;
		}
		if (release.hasPublicPageAt(now)) {
			return Shows.LIVE_PAGE;
		}
		if (release.isRemoved()) {
			return Shows.REMOVAL_NOTICE;
		}
		if (!release.getStatus().isUnpublished() || isExpiredAt(now)) {
			return Shows.NOTHING_EXPIRED;
		}
		return Shows.RELEASE;
	}

	boolean mayCancel(Actor by, Long releaseAuthorId) {
		return by.editor() || Objects.equals(releaseAuthorId, by.id()) || Objects.equals(this.createdBy, by.id());
	}

	boolean isCancelled() {
		return this.revokedAt != null;
	}

	/** Past its expiry: it no longer shows the embargoed release. */
	boolean isExpiredAt(Instant now) {
		return this.expiresAt != null && !this.expiresAt.isAfter(now);
	}

	public Long getId() {
		return this.id;
	}

	public long getReleaseId() {
		return this.releaseId;
	}

	public String getRecipient() {
		return this.recipient;
	}

	public Long getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getExpiresAt() {
		return this.expiresAt;
	}

	public Instant getRevokedAt() {
		return this.revokedAt;
	}

	public Long getRevokedBy() {
		return this.revokedBy;
	}

	public int getOpenings() {
		return this.openings;
	}

	public Instant getLastOpenedAt() {
		return this.lastOpenedAt;
	}

	/** What a link shows when opened. */
	enum Shows {

		/** The release, under embargo. */
		RELEASE,

		/** Nothing: it sends readers to the published release. */
		LIVE_PAGE,

		/** The notice of a removal for legal reasons, never the release. */
		REMOVAL_NOTICE,

		/** Nothing: the press office cancelled it. */
		NOTHING_CANCELLED,

		/** Nothing: it expired before publication. */
		NOTHING_EXPIRED

	}

	/** A link just made, with the secret that only its hash is kept of. */
	record Issued(EmbargoLink link, String token) {

	}

}

package uk.policenewsroom.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A press officer's account. The password is only ever held as an Argon2 hash.
 */
@Entity
@Table(name = "accounts")
public class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String email;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	@Column(nullable = false)
	private boolean enabled;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "password_changed_at", nullable = false)
	private Instant passwordChangedAt;

	@Version
	private long version;

	protected Account() {
	}

	public Account(String email, String displayName, Role role, String passwordHash, Clock clock) {
		this.email = normalise(email);
		this.displayName = Objects.requireNonNull(displayName).strip();
		this.role = Objects.requireNonNull(role);
		this.passwordHash = Objects.requireNonNull(passwordHash);
		this.enabled = true;
		this.createdAt = clock.instant();
		this.passwordChangedAt = this.createdAt;
	}

	public static String normalise(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	void changeRole(Role role) {
		this.role = Objects.requireNonNull(role);
	}

	void disable() {
		this.enabled = false;
	}

	void enable() {
		this.enabled = true;
	}

	void changePassword(String passwordHash, Clock clock) {
		this.passwordHash = Objects.requireNonNull(passwordHash);
		this.passwordChangedAt = clock.instant();
	}

	public Long getId() {
		return this.id;
	}

	public String getEmail() {
		return this.email;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public Role getRole() {
		return this.role;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public PressOfficer toPressOfficer() {
		return new PressOfficer(this.id, this.email, this.displayName, this.role, this.passwordHash, this.enabled);
	}

}

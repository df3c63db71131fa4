package uk.policenewsroom.accounts;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to accounts: by admins to anybody's, by each officer to their own password.
 * Every change is audited; disabling an account or resetting its password ends its
 * sessions, and changing your own ends your other sessions.
 */
@Component
@Transactional
public class AccountAdministration {

	private final Accounts accounts;

	private final PasswordEncoder passwords;

	private final PasswordPolicy policy;

	private final AuditLog audit;

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final Clock clock;

	private final LoginThrottle throttle;

	AccountAdministration(Accounts accounts, PasswordEncoder passwords, PasswordPolicy policy, AuditLog audit,
			FindByIndexNameSessionRepository<? extends Session> sessions, Clock clock, LoginThrottle throttle) {
		this.throttle = throttle;
		this.accounts = accounts;
		this.passwords = passwords;
		this.policy = policy;
		this.audit = audit;
		this.sessions = sessions;
		this.clock = clock;
	}

	public Account create(PressOfficer admin, String email, String displayName, Role role, String password) {
		String normalised = Account.normalise(email);
		if (this.accounts.existsByEmail(normalised)) {
			throw new AccountProblem("email", "There is already an account with that email address");
		}
		checkPassword(password, normalised);
		Account account = this.accounts
			.save(new Account(normalised, displayName, role, this.passwords.encode(password), this.clock));
		this.audit.record(admin, "ACCOUNT_CREATED", "account", account.getId(), normalised, "Role " + role.label());
		return account;
	}

	public void changeRole(PressOfficer admin, long id, Role role) {
		Account account = find(id);
		if (account.getId() == admin.id() && role != Role.ADMIN) {
			throw new AccountProblem("role", "You cannot take away your own admin role");
		}
		Role before = account.getRole();
		account.changeRole(role);
		this.audit.record(admin, "ACCOUNT_ROLE_CHANGED", "account", id, account.getEmail(),
				before.label() + " to " + role.label());
		endSessionsOf(account);
	}

	public void disable(PressOfficer admin, long id) {
		Account account = find(id);
		if (account.getId() == admin.id()) {
			throw new AccountProblem("enabled", "You cannot disable your own account");
		}
		account.disable();
		this.audit.record(admin, "ACCOUNT_DISABLED", "account", id, account.getEmail(), null);
		endSessionsOf(account);
	}

	public void enable(PressOfficer admin, long id) {
		Account account = find(id);
		account.enable();
		this.audit.record(admin, "ACCOUNT_ENABLED", "account", id, account.getEmail(), null);
	}

	/**
	 * Clears the sign-in lock-outs of an account, so its officer can try again at once
	 * from wherever they were locked out.
	 * @return how many addresses' lock-outs were cleared
	 */
	public int unlock(PressOfficer admin, long id) {
		Account account = find(id);
		int cleared = this.throttle.forget(account.getEmail());
		this.audit.record(admin, "ACCOUNT_UNLOCKED", "account", id, account.getEmail(), (cleared == 1)
				? "Failed sign-ins cleared from 1 address" : "Failed sign-ins cleared from " + cleared + " addresses");
		return cleared;
	}

	public void resetPassword(PressOfficer admin, long id, String password) {
		Account account = find(id);
		checkPassword(password, account.getEmail());
		account.changePassword(this.passwords.encode(password), this.clock);
		this.audit.record(admin, "ACCOUNT_PASSWORD_RESET", "account", id, account.getEmail(), null);
		endSessionsOf(account);
	}

	/**
	 * Changes an officer's own password and ends every other session of theirs (a session
	 * someone else may hold), keeping the one they are using.
	 */
	public void changeOwnPassword(PressOfficer officer, String current, String password, String keptSessionId) {
		Account account = find(officer.id());
		if (!this.passwords.matches(current, account.getPasswordHash())) {
			throw new AccountProblem("current", "Your current password is not right");
		}
		checkPassword(password, account.getEmail());
		account.changePassword(this.passwords.encode(password), this.clock);
		this.audit.record(officer, "PASSWORD_CHANGED", "account", account.getId(), account.getEmail(), null);
		Map<String, ? extends Session> open = this.sessions.findByPrincipalName(account.getEmail());
		open.keySet().stream().filter((id) -> !id.equals(keptSessionId)).forEach(this.sessions::deleteById);
	}

	/** Creates an account with no admin behind it: the demo's accounts. */
	public Account createBySystem(String email, String displayName, Role role, String password, String why) {
		checkPassword(password, email);
		Account account = this.accounts
			.save(new Account(email, displayName, role, this.passwords.encode(password), this.clock));
		this.audit.record(null, "ACCOUNT_CREATED", "account", account.getId(), account.getEmail(), why);
		return account;
	}

	/** Creates the first admin from configuration, once, when there are no accounts. */
	Optional<Account> createFirstAdmin(String email, String displayName, String password) {
		if (this.accounts.count() > 0) {
			return Optional.empty();
		}
		checkPassword(password, email);
		Account account = this.accounts
			.save(new Account(email, displayName, Role.ADMIN, this.passwords.encode(password), this.clock));
		this.audit.record(null, "ACCOUNT_CREATED", "account", account.getId(), account.getEmail(),
				"First admin, from configuration");
		return Optional.of(account);
	}

	private void checkPassword(String password, String email) {
		this.policy.problemWith(password, email).ifPresent((problem) -> {
			throw new AccountProblem("password", problem);
		});
	}

	private Account find(long id) {
		return this.accounts.findById(id).orElseThrow(() -> new AccountProblem(null, "No such account"));
	}

	private void endSessionsOf(Account account) {
		Map<String, ? extends Session> open = this.sessions.findByPrincipalName(account.getEmail());
		open.keySet().forEach(this.sessions::deleteById);
	}

	/** A change that cannot be made, with the form field it is about. */
	public static class AccountProblem extends RuntimeException {

		private final String field;

		AccountProblem(String field, String message) {
			super(message);
			this.field = field;
		}

		public String field() {
			return this.field;
		}

	}

}

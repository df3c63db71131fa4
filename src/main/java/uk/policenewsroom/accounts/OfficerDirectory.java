package uk.policenewsroom.accounts;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who press officers are, for other features: how to reach them and what to call them,
 * without handing out the account itself.
 */
@Component
@Transactional(readOnly = true)
public class OfficerDirectory {

	private final Accounts accounts;

	OfficerDirectory(Accounts accounts) {
		this.accounts = accounts;
	}

	/** An enabled officer, if there is one with this id. */
	public Optional<Officer> active(long id) {
		return this.accounts.findById(id).filter(Account::isEnabled).map(OfficerDirectory::officer);
	}

	/** Every enabled editor and admin: the people who review releases. */
	public List<Officer> reviewers() {
		return this.accounts.findAllByOrderByDisplayNameAsc()
			.stream()
			.filter((account) -> account.isEnabled() && account.getRole().compareTo(Role.EDITOR) >= 0)
			.map(OfficerDirectory::officer)
			.toList();
	}

	/** The officers with these ids, by id; ids of deleted accounts are left out. */
	public Map<Long, Officer> byId(Collection<Long> ids) {
		return this.accounts.findAllById(ids)
			.stream()
			.map(OfficerDirectory::officer)
			.collect(Collectors.toMap(Officer::id, Function.identity()));
	}

	private static Officer officer(Account account) {
		return new Officer(account.getId(), account.getEmail(), account.getDisplayName());
	}

	public record Officer(long id, String email, String displayName) {

	}

}

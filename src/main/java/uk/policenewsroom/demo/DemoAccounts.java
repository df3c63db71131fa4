package uk.policenewsroom.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionTemplate;

import uk.policenewsroom.accounts.AccountAdministration;
import uk.policenewsroom.accounts.Accounts;
import uk.policenewsroom.accounts.Role;

/**
 * One account of each role for the embedded demo database, created once, with their
 * passwords in the log at every start. They exist only in the demo database.
 */
public class DemoAccounts implements ApplicationRunner, Ordered {

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	static final String WRITER_EMAIL = "writer@newsroom.test";

	static final String EDITOR_EMAIL = "editor@newsroom.test";

	static final List<Demo> ACCOUNTS = List.of(
			new Demo(WRITER_EMAIL, "Wendy Writer", Role.WRITER, "newsroom-writer-demo"),
			new Demo(EDITOR_EMAIL, "Eddie Editor", Role.EDITOR, "newsroom-editor-demo"),
			new Demo("editor2@newsroom.test", "Erin Editor", Role.EDITOR, "newsroom-editor2-demo"),
			new Demo("admin@newsroom.test", "Ada Admin", Role.ADMIN, "newsroom-admin-demo"));

	private final Accounts accounts;

	private final AccountAdministration administration;

	private final TransactionTemplate transactions;

	DemoAccounts(Accounts accounts, AccountAdministration administration, TransactionTemplate transactions) {
		this.accounts = accounts;
		this.administration = administration;
		this.transactions = transactions;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.count() == 0) {
			this.transactions.executeWithoutResult((status) -> ACCOUNTS.forEach((demo) -> this.administration
				.createBySystem(demo.email(), demo.name(), demo.role(), demo.password(), "Demo account")));
		}
		StringBuilder lines = new StringBuilder("Demo press-office accounts (sign in at /login):");
		ACCOUNTS.stream()
			.filter((demo) -> this.accounts.existsByEmail(demo.email()))
			.forEach((demo) -> lines.append(System.lineSeparator())
				.append(String.format("  %-7s %-24s password: %s", demo.role().label(), demo.email(),
						demo.password())));
		log.info(lines.toString());
	}

	record Demo(String email, String name, Role role, String password) {

	}

}

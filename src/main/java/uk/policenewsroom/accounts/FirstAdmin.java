package uk.policenewsroom.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At first start, when there are no accounts, creates the first admin from
 * {@code NEWSROOM_ADMIN_EMAIL} and {@code NEWSROOM_ADMIN_PASSWORD}. There is no default
 * password: without them, nobody can sign in until they are set.
 */
@Component
@Order(10)
class FirstAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private final AccountAdministration administration;

	private final Accounts accounts;

	private final String email;

	private final String password;

	private final String name;

	FirstAdmin(AccountAdministration administration, Accounts accounts, @Value("${newsroom.admin.email:}") String email,
			@Value("${newsroom.admin.password:}") String password,
			@Value("${newsroom.admin.name:Administrator}") String name) {
		this.administration = administration;
		this.accounts = accounts;
		this.email = email;
		this.password = password;
		this.name = name;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.count() > 0) {
			return;
		}
		if (this.email.isBlank() || this.password.isBlank()) {
			log.warn("There are no press-office accounts. Set NEWSROOM_ADMIN_EMAIL and NEWSROOM_ADMIN_PASSWORD"
					+ " to create the first admin at the next start.");
			return;
		}
		this.administration.createFirstAdmin(this.email, this.name, this.password)
			.ifPresent((admin) -> log.info("Created the first admin account, {}", admin.getEmail()));
	}

}

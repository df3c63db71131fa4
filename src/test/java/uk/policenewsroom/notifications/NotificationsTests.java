package uk.policenewsroom.notifications;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import uk.policenewsroom.NewsroomTest;
import uk.policenewsroom.TestData;
import uk.policenewsroom.accounts.PressOfficer;
import uk.policenewsroom.accounts.Role;
import uk.policenewsroom.releases.Release;
import uk.policenewsroom.releases.ReleaseStatus;
import uk.policenewsroom.releases.ReleaseStatusChanged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who is told of what by email, that emails go through the outbox to the (embedded) mail
 * server after commit, and what happens when the mail server is down or hangs.
 */
@NewsroomTest
class NotificationsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	GreenMail mailServer;

	@Autowired
	MailDelivery delivery;

	@Autowired
	Notifications notifications;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Clock clock;

	private PressOfficer writer;

	private PressOfficer editor;

	private PressOfficer otherEditor;

	private PressOfficer admin;

	@BeforeEach
	void people() throws Exception {
		this.data.reset();
		this.mailServer.purgeEmailFromAllMailboxes();
		this.writer = this.data.officer(Role.WRITER, "writer@newsroom.test");
		this.editor = this.data.officer(Role.EDITOR, "editor@newsroom.test");
		this.otherEditor = this.data.officer(Role.EDITOR, "other.editor@newsroom.test");
		this.admin = this.data.officer(Role.ADMIN, "admin@newsroom.test");
	}

	@Test
	void editorsAreToldOfASubmissionWithALinkToReviewItAndNothingIsSentBeforeTheJobRuns() throws Exception {
		this.mvc.perform(post("/press-office/releases").with(csrf())
			.with(user(this.writer))
			.param("title", "Appeal after Harlow burglary")
			.param("summary", "Police want to hear from anyone who saw a man near Fore Street.")
			.param("body", "Officers are appealing for witnesses.")
			.param("category", "appeal"));
		long id = this.jdbc.queryForObject("select id from releases", Long.class);
		long version = this.jdbc.queryForObject("select version from releases where id = ?", Long.class, id);
		int revision = this.jdbc.queryForObject("select revision from releases where id = ?", Integer.class, id);
		this.mvc
			.perform(post("/press-office/releases/{id}/submit", id).with(csrf())
				.with(user(this.writer))
				.param("version", Long.toString(version))
				.param("revision", Integer.toString(revision)))
			.andExpect(redirectedUrl("/press-office/releases/" + id));

		assertThat(this.mailServer.getReceivedMessages()).as("sent after commit, by the job").isEmpty();
		assertThat(this.delivery.sendDue()).isEqualTo(3);

		assertThat(recipients()).containsExactlyInAnyOrder("editor@newsroom.test", "other.editor@newsroom.test",
				"admin@newsroom.test");
		MimeMessage mail = to("editor@newsroom.test").get(0);
		assertThat(mail.getSubject()).isEqualTo("Waiting for your review: Appeal after Harlow burglary");
		assertThat(mail.getFrom()[0].toString()).contains("newsroom@localhost");
		assertThat(GreenMailUtil.getBody(mail)).contains("http://localhost:8080/press-office/releases/" + id);
		assertThat(this.delivery.sendDue()).as("each email is sent once").isZero();
	}

	@Test
	void developersReadTheEmbeddedMailServersMailOnALocalPage() throws Exception {
		long id = release("Speed checks on the A12", this.writer, this.writer);
		announce(id, ReleaseStatus.SUBMITTED, ReleaseStatus.REJECTED, this.editor, "Which junctions?");
		this.delivery.sendDue();

		this.mvc.perform(get("/press-office/mailbox").with(user(this.writer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sent back to you: Speed checks on the A12")))
			.andExpect(content().string(containsString("writer@newsroom.test")))
			.andExpect(content().string(containsString("Which junctions?")));
		this.mvc.perform(get("/press-office/mailbox")).andExpect(status().is3xxRedirection());
	}

	@Test
	void theWriterIsToldOfARejectionWithTheEditorsComment() throws Exception {
		long id = release("Knife arch at Colchester station", this.writer, this.writer);
		announce(id, ReleaseStatus.SUBMITTED, ReleaseStatus.REJECTED, this.editor,
				"Please add the times the arch was in use.");
		this.delivery.sendDue();

		assertThat(recipients()).containsExactly("writer@newsroom.test");
		MimeMessage mail = to("writer@newsroom.test").get(0);
		assertThat(mail.getSubject()).isEqualTo("Sent back to you: Knife arch at Colchester station");
		assertThat(body(mail)).contains("Please add the times the arch was in use.",
				"http://localhost:8080/press-office/releases/" + id);
	}

	@Test
	void theWriterIsToldOfSchedulingPublicationAndWithdrawalButNobodyOfTheirOwnAction() throws Exception {
		long id = release("Missing man found", this.writer, this.otherEditor);
		announce(id, ReleaseStatus.SUBMITTED, ReleaseStatus.SCHEDULED, this.editor, null);
		announce(id, ReleaseStatus.SCHEDULED, ReleaseStatus.PUBLISHED, null, null);
		announce(id, ReleaseStatus.PUBLISHED, ReleaseStatus.WITHDRAWN, this.otherEditor,
				"He has been found safe and well.");
		this.delivery.sendDue();

		assertThat(subjectsTo("writer@newsroom.test")).containsExactlyInAnyOrder("Scheduled: Missing man found",
				"Published: Missing man found", "Withdrawn: Missing man found");
		assertThat(subjectsTo("other.editor@newsroom.test"))
			.as("the submitter is told too, but not of the withdrawal they made")
			.containsExactlyInAnyOrder("Scheduled: Missing man found", "Published: Missing man found");
		MimeMessage published = to("writer@newsroom.test").stream()
			.filter((mail) -> subject(mail).startsWith("Published"))
			.findFirst()
			.orElseThrow();
		assertThat(body(published)).contains("http://localhost:8080/news/missing-man-found");
		assertThat(subjectsTo("editor@newsroom.test")).isEmpty();
	}

	@Test
	void aDisabledWriterIsNotEmailed() throws Exception {
		long id = release("Road closure in Braintree", this.writer, this.writer);
		this.jdbc.update("update accounts set enabled = false where id = ?", this.writer.id());
		announce(id, ReleaseStatus.SUBMITTED, ReleaseStatus.REJECTED, this.editor, "Needs the diversion route.");
		assertThat(this.delivery.sendDue()).isZero();
	}

	@Test
	void aMailServerThatIsDownFailsNothingElseAndAdminsCanSendAgain() throws Exception {
		long id = release("Arrests after Basildon disorder", this.writer, this.writer);
		announce(id, ReleaseStatus.SUBMITTED, ReleaseStatus.REJECTED, this.editor, "Add the ages.");
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		MailDelivery down = deliveryThrough(sender(closedPort, 2000), 2, Duration.ZERO);

		assertThat(down.sendDue()).isZero();
		Notification failed = this.notifications.findAll().get(0);
		assertThat(failed.getStatus()).isEqualTo(Notification.Status.FAILED);
		assertThat(failed.getAttempts()).isEqualTo(2);
		assertThat(failed.getLastError()).isNotBlank();

		this.mvc.perform(get("/press-office").with(user(this.admin)))
			.andExpect(content().string(containsString("1</strong>")))
			.andExpect(content().string(containsString("email could not be sent")));
		this.mvc.perform(get("/press-office/notifications/failed").with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sent back to you: Arrests after Basildon disorder")))
			.andExpect(content().string(containsString("writer@newsroom.test")));
		this.mvc.perform(get("/press-office/notifications/failed").with(user(this.editor)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/press-office/notifications/failed/{id}/retry", failed.getId()).with(csrf())
				.with(user(this.editor)))
			.andExpect(status().isForbidden());

		this.mvc
			.perform(post("/press-office/notifications/failed/{id}/retry", failed.getId()).with(csrf())
				.with(user(this.admin)))
			.andExpect(redirectedUrl("/press-office/notifications/failed"));
		assertThat(this.jdbc.queryForObject("select count(*) from audit_events where action = 'NOTIFICATION_RETRIED'",
				Integer.class))
			.isOne();
		assertThat(this.delivery.sendDue()).isOne();
		assertThat(recipients()).containsExactly("writer@newsroom.test");
		this.mvc.perform(get("/press-office/notifications/failed").with(user(this.admin)))
			.andExpect(content().string(containsString("Every email has been sent.")));
	}

	@Test
	@Timeout(value = 2, unit = TimeUnit.MINUTES)
	void aMailServerThatNeverAnswersOnlyDelaysTheEmail() throws Exception {
		long id = release("Drugs seized in Southend", this.writer, this.writer);
		announce(id, ReleaseStatus.SUBMITTED, ReleaseStatus.REJECTED, this.editor, "Add the street value.");
		List<Socket> held = new ArrayList<>();
		try (ServerSocket silent = new ServerSocket(0)) {
			Thread acceptor = new Thread(() -> {
				try {
					while (true) {
						held.add(silent.accept());
					}
				}
				catch (IOException ex) {
					// closed at the end of the test
				}
			});
			acceptor.setDaemon(true);
			acceptor.start();
			MailDelivery hung = deliveryThrough(sender(silent.getLocalPort(), 1000), 5, Duration.ofMinutes(1));

			assertThat(hung.sendDue()).isZero();
			acceptor.interrupt();
		}
		Notification waiting = this.notifications.findAll().get(0);
		assertThat(waiting.getStatus()).isEqualTo(Notification.Status.PENDING);
		assertThat(waiting.getAttempts()).isOne();
		assertThat(waiting.getNextAttemptAt()).isAfter(Instant.now().minusSeconds(5));
		for (Socket socket : held) {
			socket.close();
		}
	}

	@Test
	void theDashboardSaysWhatIsWaitingForEachOfficer() throws Exception {
		release("Rejected one", this.writer, this.writer);
		this.jdbc.update("update releases set status = 'REJECTED', rejection_comment = 'Fix it'");
		release("Submitted one", this.otherEditor, this.otherEditor);

		this.mvc.perform(get("/press-office").with(user(this.writer)))
			.andExpect(content().string(containsString("of your releases was sent back to you")))
			.andExpect(content().string(not(containsString("awaits review"))));
		this.mvc.perform(get("/press-office").with(user(this.editor)))
			.andExpect(content().string(containsString("submission awaits review")))
			.andExpect(content().string(not(containsString("sent back to you"))));
		this.mvc.perform(get("/press-office").with(user(this.admin)))
			.andExpect(content().string(not(containsString("could not be sent"))));
	}

	/** A release by {@code author}, submitted by {@code submitter}. */
	private long release(String title, PressOfficer author, PressOfficer submitter) {
		Release release = this.data.draft(title.toLowerCase().replace(' ', '-'), title);
		this.jdbc.update("update releases set author_id = ?, submitted_by = ?, status = 'SUBMITTED' where id = ?",
				author.id(), submitter.id(), release.getId());
		return release.getId();
	}

	private void announce(long id, ReleaseStatus from, ReleaseStatus to, PressOfficer actor, String comment) {
		String slug = this.jdbc.queryForObject("select slug from releases where id = ?", String.class, id);
		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(new ReleaseStatusChanged(id, slug,
				from, to, (actor != null) ? actor.id() : null, comment, this.clock.instant())));
	}

	private MailDelivery deliveryThrough(JavaMailSender sender, int maxAttempts, Duration firstRetry) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("mailSender", sender));
		return new MailDelivery(this.notifications, beans.getBeanProvider(JavaMailSender.class),
				new NotificationProperties("Police Newsroom <newsroom@localhost>", maxAttempts, firstRetry, null),
				this.transactions, this.clock);
	}

	private static JavaMailSender sender(int port, int timeoutMillis) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(port);
		Properties properties = new Properties();
		properties.put("mail.smtp.connectiontimeout", String.valueOf(timeoutMillis));
		properties.put("mail.smtp.timeout", String.valueOf(timeoutMillis));
		properties.put("mail.smtp.writetimeout", String.valueOf(timeoutMillis));
		sender.setJavaMailProperties(properties);
		return sender;
	}

	private List<String> recipients() {
		return Arrays.stream(this.mailServer.getReceivedMessages()).map(NotificationsTests::recipient).toList();
	}

	private List<MimeMessage> to(String email) {
		return Arrays.stream(this.mailServer.getReceivedMessages())
			.filter((mail) -> recipient(mail).equals(email))
			.toList();
	}

	private List<String> subjectsTo(String email) {
		return to(email).stream().map(NotificationsTests::subject).toList();
	}

	private static String recipient(MimeMessage mail) {
		try {
			return mail.getAllRecipients()[0].toString();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String subject(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String body(MimeMessage mail) {
		try {
			return (String) mail.getContent();
		}
		catch (jakarta.mail.MessagingException | IOException ex) {
			throw new UncheckedIOException(new IOException(ex));
		}
	}

}

package uk.policenewsroom.notifications;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox, every 15 seconds, one email per transaction: the row is locked with
 * {@code FOR UPDATE SKIP LOCKED} while it is sent, so several instances never send the
 * same email, and a failure only marks that row for a later try. The SMTP timeouts
 * (spring.mail.properties, docs/operations.md) bound how long a hung server holds a row;
 * nothing a press officer does waits for this.
 */
@Component
@EnableConfigurationProperties(NotificationProperties.class)
class MailDelivery {

	private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

	private static final int MOST_PER_RUN = 200;

	private final Notifications notifications;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final NotificationProperties properties;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final AtomicBoolean warnedNoSender = new AtomicBoolean();

	MailDelivery(Notifications notifications, ObjectProvider<JavaMailSender> mailSender,
			NotificationProperties properties, TransactionTemplate transactions, Clock clock) {
		this.notifications = notifications;
		this.mailSender = mailSender;
		this.properties = properties;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${newsroom.notifications.interval:PT15S}", initialDelayString = "PT10S")
	void run() {
		int sent = sendDue();
		if (sent > 0) {
			log.info("Sent {} notification email(s)", sent);
		}
	}

	/** Forgets sent emails once they are old enough, every night. */
	@Scheduled(cron = "0 40 3 * * *", zone = "Europe/London")
	void forgetSent() {
		this.transactions.executeWithoutResult((status) -> this.notifications
			.deleteSentBefore(this.clock.instant().minus(this.properties.keepSent())));
	}

	/** Tries every due email once; returns how many were sent. */
	int sendDue() {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null) {
			if (this.warnedNoSender.compareAndSet(false, true)) {
				log.warn("No mail server is configured (spring.mail.host): notification emails wait in the outbox");
			}
			return 0;
		}
		int sent = 0;
		for (int i = 0; i < MOST_PER_RUN; i++) {
			Boolean outcome = this.transactions.execute((status) -> sendNext(sender));
			if (outcome == null) {
				break;
			}
			if (outcome) {
				sent++;
			}
		}
		return sent;
	}

	/**
	 * Sends the next due email: true if sent, false if it failed, null if none is due.
	 */
	private Boolean sendNext(JavaMailSender sender) {
		List<Long> due = this.notifications.lockDue(this.clock.instant(), 1);
		if (due.isEmpty()) {
			return null;
		}
		Notification notification = this.notifications.findById(due.get(0)).orElseThrow();
		try {
			MimeMessage message = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
			helper.setFrom(new InternetAddress(this.properties.from(), true));
			helper.setTo(notification.getRecipient());
			helper.setSubject(notification.getSubject());
			helper.setText(notification.getBody(), false);
			sender.send(message);
			notification.sent(this.clock);
			return true;
		}
		catch (jakarta.mail.MessagingException | RuntimeException ex) {
			notification.failed(ex.getMessage(), this.properties.maxAttempts(), this.properties.firstRetry(),
					this.clock);
			log.warn("Could not send notification {} (try {}): {}", notification.getId(), notification.getAttempts(),
					ex.getMessage());
			return false;
		}
	}

}

package uk.policenewsroom.demo;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

import uk.policenewsroom.site.Chrome;
import uk.policenewsroom.site.LondonTime;
import uk.policenewsroom.site.SiteProperties;

/**
 * The local mail server for {@code ./mvnw spring-boot:run} and the tests: GreenMail's
 * SMTP server on localhost, which keeps what it receives in memory and delivers nothing.
 * The press office's emails go to it, and signed-in officers read them at
 * {@code /press-office/mailbox}.
 * <p>
 * As with the embedded database, it starts only when GreenMail is on the class path (an
 * optional dependency, so never in the packaged jar) and no {@code spring.mail.host} is
 * set; with one set, Boot's own mail sender uses that server instead.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration")
@ConditionalOnClass(name = "com.icegreen.greenmail.util.GreenMail")
@ConditionalOnExpression("'${spring.mail.host:}'.isEmpty()")
@ConditionalOnProperty(name = "newsroom.embedded-mail.enabled", matchIfMissing = true)
public class EmbeddedMailAutoConfiguration {

	static final String MAILBOX = "/press-office/mailbox";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedMailAutoConfiguration.class);

	@Bean(destroyMethod = "stop")
	GreenMail embeddedMailServer(@Value("${newsroom.embedded-mail.port:0}") int port, SiteProperties site) {
		ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
		if (port == 0) {
			setup = setup.dynamicPort();
		}
		GreenMail server = new GreenMail(setup)
			.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
		server.start();
		log.info(
				"Embedded mail server (GreenMail) is listening on localhost:{}; the emails it receives are listed at {}{}",
				server.getSmtp().getPort(), site.baseUrl(), MAILBOX);
		return server;
	}

	@Bean
	@ConditionalOnMissingBean(JavaMailSender.class)
	JavaMailSenderImpl embeddedMailSender(GreenMail server) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(server.getSmtp().getPort());
		sender.setDefaultEncoding("UTF-8");
		Properties properties = new Properties();
		properties.put("mail.smtp.connectiontimeout", "5000");
		properties.put("mail.smtp.timeout", "10000");
		properties.put("mail.smtp.writetimeout", "10000");
		sender.setJavaMailProperties(properties);
		return sender;
	}

	/**
	 * A plain functional endpoint rather than a controller, so it exists only with this
	 * configuration and component scanning never finds it.
	 */
	@Bean
	RouterFunction<ServerResponse> embeddedMailbox(GreenMail server, Chrome chrome) {
		return RouterFunctions.route()
			.GET(MAILBOX,
					(request) -> ServerResponse.ok()
						.render("demo/mailbox", Map.of("chrome", chrome, "messages", received(server))))
			.build();
	}

	private static List<ReceivedMail> received(GreenMail server) {
		List<ReceivedMail> views = new ArrayList<>(
				Arrays.stream(server.getReceivedMessages()).map(EmbeddedMailAutoConfiguration::view).toList());
		Collections.reverse(views);
		return views;
	}

	private static ReceivedMail view(MimeMessage message) {
		try {
			Address[] to = message.getAllRecipients();
			String recipients = (to != null)
					? Arrays.stream(to).map(Address::toString).collect(Collectors.joining(", ")) : "";
			Object content = message.getContent();
			return new ReceivedMail(recipients, message.getSubject(),
					(message.getSentDate() != null) ? LondonTime.of(message.getSentDate().toInstant()) : null,
					(content instanceof String text) ? text : "(not plain text)");
		}
		catch (MessagingException | IOException ex) {
			return new ReceivedMail("", "(unreadable: " + ex.getMessage() + ")", null, "");
		}
	}

	record ReceivedMail(String to, String subject, LondonTime.Shown sent, String body) {

	}

}

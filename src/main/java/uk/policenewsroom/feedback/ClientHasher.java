package uk.policenewsroom.feedback;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A keyed hash of the client's address and the day, so a flood of feedback from one place
 * can be spotted and removed without storing anybody's IP address. Without a configured
 * secret a random one is used, which makes the hashes unlinkable across restarts.
 */
@Component
class ClientHasher {

	private final byte[] secret;

	private final Clock clock;

	ClientHasher(@Value("${newsroom.feedback.hash-secret:}") String secret, Clock clock) {
		this.clock = clock;
		if (secret.isBlank()) {
			this.secret = new byte[32];
			new SecureRandom().nextBytes(this.secret);
		}
		else {
			this.secret = secret.getBytes(StandardCharsets.UTF_8);
		}
	}

	String hash(String address) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.secret, "HmacSHA256"));
			String day = LocalDate.now(this.clock).toString();
			byte[] digest = mac.doFinal((day + "|" + address).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

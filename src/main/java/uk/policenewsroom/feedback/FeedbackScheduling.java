package uk.policenewsroom.feedback;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on {@code @Scheduled} for the nightly deletion of old feedback. If another
 * feature enables scheduling too, that is harmless: Spring registers it once.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class FeedbackScheduling {

}

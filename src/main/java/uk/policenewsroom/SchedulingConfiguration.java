package uk.policenewsroom;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Background jobs (scheduled publishing, feedback retention, bucket clean-up) run unless
 * {@code newsroom.scheduling.enabled=false} (tests that drive a job themselves switch
 * them off, so nothing runs behind their back).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "newsroom.scheduling.enabled", matchIfMissing = true)
class SchedulingConfiguration {

}

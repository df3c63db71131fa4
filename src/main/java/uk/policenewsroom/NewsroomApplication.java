package uk.policenewsroom;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Police Newsroom. No user store is configured yet, so Boot's generated in-memory user is
 * switched off rather than logged.
 */
@SpringBootApplication(
		excludeName = "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration")
public class NewsroomApplication {

	public static void main(String[] args) {
		SpringApplication.run(NewsroomApplication.class, args);
	}

}

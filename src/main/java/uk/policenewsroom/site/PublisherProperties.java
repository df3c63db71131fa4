package uk.policenewsroom.site;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who publishes: the police force named as the publisher of every release in its
 * schema.org data.
 *
 * @param name the force's name, "Essex Police"
 */
@ConfigurationProperties("newsroom.publisher")
public record PublisherProperties(String name) {

	public PublisherProperties {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("Set newsroom.publisher.name to the force's name");
		}
	}

}

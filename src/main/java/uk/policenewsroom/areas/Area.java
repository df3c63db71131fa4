package uk.policenewsroom.areas;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A town or district that releases and operations concern. Reference data: releases and
 * operations point at areas, areas know nothing of them.
 */
@Entity
@Table(name = "areas")
public class Area {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String slug;

	@Column(nullable = false, unique = true)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Kind kind;

	protected Area() {
	}

	public Area(String slug, String name, Kind kind) {
		this.slug = slug;
		this.name = name;
		this.kind = kind;
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public Kind getKind() {
		return this.kind;
	}

	public AreaView toView() {
		return new AreaView(this.slug, this.name);
	}

	public enum Kind {

		TOWN, DISTRICT

	}

}

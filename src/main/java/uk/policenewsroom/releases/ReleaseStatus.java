package uk.policenewsroom.releases;

public enum ReleaseStatus {

	DRAFT, PUBLISHED

}

package uk.policenewsroom.releases;

/**
 * What can be done to a release. {@link Release#allowedActions} says which of these an
 * officer may do now; pages show only those, and each transition checks again.
 */
public enum ReleaseAction {

	EDIT, CORRECT, CHANGE_IMAGE, SUBMIT, REJECT, PUBLISH, SCHEDULE, UNSCHEDULE, PUBLISH_WITHOUT_REVIEW, APPROVE,
	WITHDRAW, REMOVE, RESTORE, DELETE, SHARE_PREVIEW

}

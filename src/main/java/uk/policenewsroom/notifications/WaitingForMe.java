package uk.policenewsroom.notifications;

import org.springframework.stereotype.Component;

import uk.policenewsroom.accounts.PressOfficer;
import uk.policenewsroom.accounts.Role;
import uk.policenewsroom.releases.ReleaseQueues;

/**
 * The dashboard's "waiting for me" counts, for the signed-in officer: what they are told
 * of by email, in one place. The dashboard's fragment asks for them as
 * {@code @waitingForMe}.
 */
@Component("waitingForMe")
class WaitingForMe {

	private final ReleaseQueues releases;

	private final FailedMail failedMail;

	WaitingForMe(ReleaseQueues releases, FailedMail failedMail) {
		this.releases = releases;
		this.failedMail = failedMail;
	}

	public Counts countsFor(PressOfficer officer) {
		boolean editor = officer.can(Role.EDITOR);
		boolean admin = officer.can(Role.ADMIN);
		return new Counts(this.releases.rejectedFor(officer.id()), editor ? this.releases.awaitingReview() : 0,
				editor ? this.releases.awaitingApproval() : 0, admin ? this.failedMail.count() : 0, editor, admin);
	}

	/**
	 * @param rejected the officer's own releases that were sent back
	 * @param toReview submissions waiting for an editor (editors only)
	 * @param toApprove releases published without review (editors only)
	 * @param failedEmails emails that could not be sent (admins only)
	 */
	public record Counts(long rejected, long toReview, long toApprove, long failedEmails, boolean editor,
			boolean admin) {

		public boolean nothing() {
			return this.rejected == 0 && this.toReview == 0 && this.toApprove == 0 && this.failedEmails == 0;
		}

	}

}

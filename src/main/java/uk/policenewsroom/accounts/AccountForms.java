package uk.policenewsroom.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The forms of the accounts pages.
 */
public final class AccountForms {

	private AccountForms() {
	}

	public static class NewAccountForm {

		@NotBlank(message = "Enter their email address")
		@Email(message = "Enter an email address in the correct format, like name@example.com")
		@Size(max = 254, message = "Email address must be 254 characters or fewer")
		private String email;

		@NotBlank(message = "Enter their name")
		@Size(max = 120, message = "Name must be 120 characters or fewer")
		private String displayName;

		@NotNull(message = "Choose a role")
		private Role role;

		private String password;

		public String getEmail() {
			return this.email;
		}

		public void setEmail(String email) {
			this.email = (email != null) ? email.strip() : null;
		}

		public String getDisplayName() {
			return this.displayName;
		}

		public void setDisplayName(String displayName) {
			this.displayName = displayName;
		}

		public Role getRole() {
			return this.role;
		}

		public void setRole(Role role) {
			this.role = role;
		}

		public String getPassword() {
			return this.password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

	}

	public static class RoleForm {

		@NotNull(message = "Choose a role")
		private Role role;

		public Role getRole() {
			return this.role;
		}

		public void setRole(Role role) {
			this.role = role;
		}

	}

	public static class ResetPasswordForm {

		private String password;

		public String getPassword() {
			return this.password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

	}

	public static class ChangePasswordForm {

		@NotBlank(message = "Enter your current password")
		private String current;

		private String password;

		private String confirmation;

		public String getCurrent() {
			return this.current;
		}

		public void setCurrent(String current) {
			this.current = current;
		}

		public String getPassword() {
			return this.password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

		public String getConfirmation() {
			return this.confirmation;
		}

		public void setConfirmation(String confirmation) {
			this.confirmation = confirmation;
		}

	}

}

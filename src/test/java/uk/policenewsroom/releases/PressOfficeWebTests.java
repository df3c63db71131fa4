package uk.policenewsroom.releases;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import uk.policenewsroom.TestData;
import uk.policenewsroom.accounts.PressOfficer;
import uk.policenewsroom.accounts.Role;

/**
 * What the press office's web tests start from: fresh data, a writer and an editor, and
 * {@link PressOffice} to drive the forms. A test class adds its own people and releases
 * in its own {@code @BeforeEach}, which runs after this one.
 */
abstract class PressOfficeWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcTemplate jdbc;

	PressOffice office;

	PressOfficer writer;

	PressOfficer editor;

	@BeforeEach
	void officeAndPeople() {
		this.data.reset();
		this.office = new PressOffice(this.mvc, this.jdbc);
		this.writer = this.data.officer(Role.WRITER);
		this.editor = this.data.officer(Role.EDITOR);
	}

}

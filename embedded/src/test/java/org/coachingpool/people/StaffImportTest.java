package org.coachingpool.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.NotAllowedException;
import org.coachingpool.security.Role;
import org.coachingpool.security.TestUsers;
import org.coachingpool.support.EmbeddedStackTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class StaffImportTest extends EmbeddedStackTest {

    static final String HEADER = "name,email,organisation,department,job_title,grade,seniority,line_manager_email,roles\n";
    static final String COUNCIL = "Northshire County Council";

    @Autowired StaffImport staffImport;
    @Autowired People people;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;

    @Test
    void thePreviewNamesEachRowsProblemsAndStoresNothing() {
        CurrentUser admin = users.get("pooladmin");
        String tag = tag();
        String file = HEADER
                + "Ann Good," + tag + "ann@example.org," + COUNCIL + ",Housing,Officer,Grade 6,Experienced practitioner,,\n"
                + "Bad Email,not-an-email," + COUNCIL + ",,,,,,\n"
                + "No Org," + tag + "norg@example.org,Atlantis Council,,,,,,\n"
                + "Twice," + tag + "ann@example.org," + COUNCIL + ",,,,,,\n"
                + "Odd Level," + tag + "odd@example.org," + COUNCIL + ",,,,Grand vizier,,\n"
                + "Lost Manager," + tag + "lost@example.org," + COUNCIL + ",,,,,nobody-" + tag + "@example.org,\n"
                + "Odd Role," + tag + "role@example.org," + COUNCIL + ",,,,,,wizard\n";
        long before = people();

        ImportPreview preview = staffImport.preview(bytes(file), admin);

        assertThat(preview.fileProblems()).isEmpty();
        assertThat(preview.rows()).hasSize(7);
        assertThat(row(preview, 2).problems()).isEmpty();
        assertThat(row(preview, 2).action()).isEqualTo(ImportPreview.Action.ADD);
        assertThat(row(preview, 3).problems()).containsExactly("email not-an-email is not an email address");
        assertThat(row(preview, 4).problems()).singleElement().asString()
                .startsWith("there is no organisation called Atlantis Council");
        assertThat(row(preview, 5).problems()).containsExactly("email " + tag + "ann@example.org is also on line 2");
        assertThat(row(preview, 6).problems()).singleElement().asString().startsWith("seniority Grand vizier is not one of");
        assertThat(row(preview, 7).problems()).containsExactly("line manager nobody-" + tag
                + "@example.org is neither in the pool nor in this file");
        assertThat(row(preview, 8).problems()).singleElement().asString().startsWith("role wizard is not one of");
        assertThat(preview.canImport()).isFalse();
        assertThatThrownBy(() -> staffImport.apply(bytes(file), admin)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("6 rows have problems");
        assertThat(people()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void importingAgainChangesNothingAChangedRowUpdatesAndNobodyIsRemoved() {
        CurrentUser admin = users.get("pooladmin");
        String tag = tag();
        String first = HEADER
                + "Dee Manager," + tag + "dee@example.org," + COUNCIL + ",Housing,Head of Housing,Grade 12,Senior manager,,sponsor\n"
                + "Eli Report," + tag + "eli@example.org," + COUNCIL + ",Housing,Officer,Grade 6,,"
                + tag + "dee@example.org,\n";
        var result = staffImport.apply(bytes(first), admin);
        assertThat(result).isEqualTo(new StaffImport.Result(2, 0, 0));
        PersonRecord eli = find(tag + "eli@example.org", admin);
        PersonRecord dee = find(tag + "dee@example.org", admin);
        assertThat(eli.workplace().lineManager()).isEqualTo(dee.id());
        assertThat(eli.roles()).containsExactly(Role.THINKER);
        assertThat(dee.roles()).containsExactly(Role.SPONSOR);
        assertThat(dee.workplace().seniority()).isEqualTo(Seniority.SENIOR_MANAGER);
        assertThat(people.lineManagementChain(dee.id())).containsExactly(eli.id());

        assertThat(staffImport.apply(bytes(first), admin)).as("the same file twice")
                .isEqualTo(new StaffImport.Result(0, 0, 2));

        String changed = HEADER + "Eli Report," + tag + "eli@example.org," + COUNCIL + ",,Senior Officer,,,,coach\n";
        var preview = staffImport.preview(bytes(changed), admin);
        assertThat(preview.rows().getFirst().changes()).containsExactly("job title", "roles added");
        assertThat(staffImport.apply(bytes(changed), admin)).isEqualTo(new StaffImport.Result(0, 1, 0));
        PersonRecord after = find(tag + "eli@example.org", admin);
        assertThat(after.workplace().jobTitle()).isEqualTo("Senior Officer");
        assertThat(after.workplace().department()).as("an empty cell changes nothing").isEqualTo("Housing");
        assertThat(after.workplace().lineManager()).isEqualTo(dee.id());
        assertThat(after.roles()).containsExactlyInAnyOrder(Role.THINKER, Role.COACH);
        assertThat(find(tag + "dee@example.org", admin)).as("not in the file, still here").isNotNull();
    }

    @Test
    void aLineManagementLoopInTheFileIsRefused() {
        CurrentUser admin = users.get("pooladmin");
        String tag = tag();
        String file = HEADER
                + "Fay," + tag + "fay@example.org," + COUNCIL + ",,,,,," + "\n"
                + "Gus," + tag + "gus@example.org," + COUNCIL + ",,,,," + tag + "hal@example.org,\n"
                + "Hal," + tag + "hal@example.org," + COUNCIL + ",,,,," + tag + "gus@example.org,\n";
        var preview = staffImport.preview(bytes(file), admin);
        assertThat(row(preview, 2).problems()).isEmpty();
        assertThat(row(preview, 3).problems()).singleElement().asString().contains("cannot loop");
        assertThat(row(preview, 4).problems()).singleElement().asString().contains("cannot loop");
    }

    @Test
    void aFileWithWrongColumnsABadEncodingOrTooManyRowsIsRefusedAsAWhole() {
        CurrentUser admin = users.get("pooladmin");
        assertThat(staffImport.preview(bytes("full_name,e-mail\nAnn,ann@example.org\n"), admin).fileProblems())
                .anyMatch(p -> p.startsWith("The file has no email, name, organisation columns"))
                .anyMatch(p -> p.startsWith("The file has columns the pool does not know: full_name, e-mail"));
        byte[] latin1 = (HEADER + "Zoë,zoe@example.org," + COUNCIL + ",,,,,,\n").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(staffImport.preview(latin1, admin).fileProblems()).singleElement().asString()
                .contains("not saved as UTF-8");
        var many = new StringBuilder(HEADER);
        for (int i = 0; i <= StaffImport.MAX_ROWS; i++) {
            many.append("P").append(i).append(",p").append(i).append("@example.org,").append(COUNCIL).append(",,,,,,\n");
        }
        assertThat(staffImport.preview(bytes(many.toString()), admin).fileProblems()).singleElement().asString()
                .contains("more than 10,000 people");
        assertThat(staffImport.preview(new byte[0], admin).fileProblems()).singleElement().asString()
                .contains("empty");
        // Saved by a spreadsheet set to a European locale: the separator is named, not the columns.
        assertThat(staffImport.preview(bytes(HEADER.replace(',', ';') + "Ann;ann@example.org;" + COUNCIL + ";;;;;;\n"),
                admin).fileProblems()).singleElement().asString()
                .contains("separated by semicolons (;), not commas").doesNotContain("columns the pool does not know");
        // A broken quotation mark: the line is named in plain words, not in the CSV library's.
        assertThat(staffImport.preview(bytes(HEADER + "\"Ann,ann@example.org," + COUNCIL + ",,,,,,\nBob\"x,bob@example.org,"
                + COUNCIL + ",,,,,,\n"), admin).fileProblems()).singleElement().asString()
                .contains("could not be read").doesNotContain("Exception", "org.apache", "encapsulated", "token");
        assertThatThrownBy(() -> staffImport.preview(bytes(HEADER), users.get("coach1")))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void theTemplateIsAFileTheImportAccepts() {
        CurrentUser admin = users.get("pooladmin");
        var preview = staffImport.preview(bytes(staffImport.template()), admin);
        assertThat(preview.fileProblems()).isEmpty();
        assertThat(preview.rows()).hasSize(1);
    }

    private PersonRecord find(String email, CurrentUser admin) {
        return people.search(email, admin).stream().filter(p -> p.email().equalsIgnoreCase(email)).findFirst()
                .orElseThrow();
    }

    private long people() {
        return jdbc.sql("select count(*) from user_account").query(Long.class).single();
    }

    private static ImportPreview.Row row(ImportPreview preview, int line) {
        return preview.rows().stream().filter(r -> r.line() == line).findFirst().orElseThrow();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String tag() {
        return "t" + UUID.randomUUID().toString().substring(0, 6) + ".";
    }
}

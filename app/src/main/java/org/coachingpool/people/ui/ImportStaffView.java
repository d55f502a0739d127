package org.coachingpool.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Locale;
import org.coachingpool.people.ImportPreview;
import org.coachingpool.people.StaffImport;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.platform.MainLayout;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.CurrentUsers;
import org.coachingpool.security.Role;

/**
 * The pool team imports staff from a spreadsheet: download the template, upload the file, read
 * what each row would do and what is wrong with it, then import. Nothing is stored before that.
 */
@Route(value = "people/import", layout = MainLayout.class)
@PageTitle("Import staff | Coaching Pool")
@RolesAllowed(Role.POOL_ADMIN_ROLE)
public class ImportStaffView extends VerticalLayout {

    final MemoryBuffer buffer = new MemoryBuffer();
    final Upload upload = new Upload(buffer);
    final Div problems = new Div();
    final Paragraph summary = new Paragraph();
    final Grid<ImportPreview.Row> rows = new Grid<>();
    final Button importButton = new Button("Import");
    final Div done = new Div();
    private final StaffImport staffImport;
    private final CurrentUser admin;
    private byte[] file;

    public ImportStaffView(StaffImport staffImport, CurrentUsers users) {
        this.staffImport = staffImport;
        this.admin = users.require();
        setMaxWidth("72rem");
        var template = new Anchor(new StreamResource("staff-template.csv", () -> new ByteArrayInputStream(
                staffImport.template().getBytes(StandardCharsets.UTF_8))), "Download the template (CSV)");
        template.getElement().setAttribute("download", true);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(StaffImport.MAX_BYTES);
        upload.setDropLabel(new Span("or drop the file here"));
        upload.getElement().setAttribute("aria-label", "Choose the CSV file of staff");
        upload.addSucceededListener(e -> {
            try (var in = buffer.getInputStream()) {
                file = in.readAllBytes();
            } catch (IOException unreadable) {
                file = new byte[0];
            }
            // Ready for the corrected file: one file at a time, but not one file ever.
            upload.clearFileList();
            showPreview();
        });
        upload.addFileRejectedListener(e -> showFileProblem(e.getErrorMessage().contains("size")
                ? "The file is larger than 5 MB. Split it into smaller files."
                : "Choose a CSV file: in Excel choose Save As, then \"CSV UTF-8 (Comma delimited)\"."));

        rows.addColumn(ImportPreview.Row::line).setHeader("Line").setWidth("5rem").setFlexGrow(0);
        rows.addColumn(ImportPreview.Row::email).setHeader("Email").setFlexGrow(2);
        rows.addColumn(ImportPreview.Row::name).setHeader("Name").setFlexGrow(2);
        rows.addColumn(r -> r.problems().isEmpty() ? r.action().label()
                + (r.changes().isEmpty() ? "" : ": " + String.join(", ", r.changes())) : "Not imported")
                .setHeader("What happens").setFlexGrow(2);
        rows.addColumn(r -> String.join("; ", r.problems())).setHeader("Problems").setFlexGrow(3);
        rows.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        rows.getElement().setAttribute("aria-label", "What each row would do");
        rows.setHeight("28rem");
        rows.setVisible(false);
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setDisableOnClick(true);
        importButton.setVisible(false);
        importButton.addClickListener(e -> runImport());

        add(new H1("Import staff"),
                new Paragraph("Add and update many people at once from a spreadsheet saved as CSV (UTF-8), up to "
                        + String.format(Locale.UK, "%,d", StaffImport.MAX_ROWS) + " people a file. People are matched "
                        + "by email: a person already in the pool is updated where the file differs and an empty "
                        + "cell changes nothing. Nobody is removed and no role is taken away. You will see what "
                        + "each row would do before anything is stored."),
                new Paragraph("Name, email and organisation are needed; the other columns are optional. Roles are "
                        + "thinker, sponsor, coach, pool admin or process admin, separated by semicolons (thinker if "
                        + "left empty). People added sign in once the pool team gives them a password or single "
                        + "sign-on is set up."),
                template, upload, problems, summary, rows, importButton, done,
                new RouterLink("Back to People", PeopleView.class));
    }

    private void showPreview() {
        done.removeAll();
        ImportPreview preview = staffImport.preview(file, admin);
        problems.removeAll();
        if (!preview.fileProblems().isEmpty()) {
            preview.fileProblems().forEach(this::showFileProblem);
            return;
        }
        rows.setItems(preview.rows().stream().sorted(Comparator.comparing((ImportPreview.Row r) -> r.problems().isEmpty())
                .thenComparingInt(ImportPreview.Row::line)).toList());
        rows.setVisible(true);
        long add = preview.count(ImportPreview.Action.ADD);
        long update = preview.count(ImportPreview.Action.UPDATE);
        long same = preview.count(ImportPreview.Action.UNCHANGED);
        long wrong = preview.rowsWithProblems();
        summary.setText(people(add) + " to add, " + people(update) + " to update, " + people(same) + " unchanged"
                + (wrong == 0 ? "." : ". " + wrong + (wrong == 1 ? " row has a problem" : " rows have problems")
                        + ": correct them in the spreadsheet and upload it again. Nothing is imported until every row can be."));
        if (wrong > 0) {
            showProblemsHeading(wrong + (wrong == 1 ? " row has a problem" : " rows have problems")
                    + ", listed first below.");
        }
        importButton.setText("Import " + people(add + update));
        importButton.setVisible(preview.canImport() && add + update > 0);
        importButton.setEnabled(true);
    }

    private void runImport() {
        try {
            var result = staffImport.apply(file, admin);
            rows.setVisible(false);
            importButton.setVisible(false);
            summary.setText("");
            done.removeAll();
            var panel = new Div(new H2("Import complete"), new Paragraph(people(result.added()) + " added, "
                    + people(result.updated()) + " updated, " + people(result.unchanged()) + " unchanged."));
            panel.addClassName("confirmation-panel");
            panel.getElement().setAttribute("role", "status");
            done.add(panel);
        } catch (InvalidInputException refused) {
            showFileProblem(refused.getMessage());
            importButton.setEnabled(true);
        }
    }

    private void showFileProblem(String message) {
        rows.setVisible(false);
        importButton.setVisible(false);
        summary.setText("");
        showProblemsHeading(message);
    }

    private void showProblemsHeading(String message) {
        problems.removeAll();
        var list = new UnorderedList(new ListItem(message));
        var box = new Div(new H2("There is a problem"), list);
        box.addClassName("error-summary");
        box.getElement().setAttribute("role", "alert");
        box.getElement().setAttribute("tabindex", "-1");
        problems.add(box);
    }

    private static String people(long n) {
        return String.format(Locale.UK, "%,d", n) + (n == 1 ? " person" : " people");
    }
}

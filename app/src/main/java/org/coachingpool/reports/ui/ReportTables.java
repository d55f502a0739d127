package org.coachingpool.reports.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.coachingpool.reports.ImpactReport;
import org.coachingpool.reports.ReportTable;

/** How the report screens show a table: heading, summary, chart, the table itself and its CSV. */
final class ReportTables {

    private ReportTables() {
    }

    static Component section(ReportTable table, String filePrefix, boolean withDownload) {
        var section = new Div();
        section.addClassName("report-section");
        section.setId("report-" + table.id());
        var heading = new H2(table.title());
        section.add(heading, new Paragraph(table.summary()));
        if (table.chart() != null && !table.rows().isEmpty()) {
            section.add(new ImpactChart(table));
        }
        var html = table(table);
        // The heading above names the table already; the caption stays for screen readers.
        html.addClassName("caption-for-screen-readers");
        section.add(html);
        if (withDownload) {
            var csv = new Anchor(new StreamResource(filePrefix + "-" + table.id() + ".csv",
                    () -> new ByteArrayInputStream(withBom(table.csv()))), "Download this table (CSV)");
            csv.getElement().setAttribute("download", true);
            csv.getElement().setAttribute("aria-label", "Download the table " + table.title() + " as CSV");
            csv.addClassName("no-print");
            section.add(new Div(csv));
        }
        return section;
    }

    static NativeTable table(ReportTable table) {
        var html = new NativeTable();
        html.addClassName("report-table");
        var caption = new NativeTableCaption();
        caption.setText(table.title());
        html.add(caption);
        var head = new NativeTableHeader();
        var headRow = new NativeTableRow();
        for (int i = 0; i < table.columns().size(); i++) {
            var cell = new NativeTableHeaderCell(table.columns().get(i));
            cell.getElement().setAttribute("scope", "col");
            if (i > 0 && numeric(table, i)) {
                cell.addClassName("numeric");
            }
            headRow.add(cell);
        }
        head.add(headRow);
        var body = new NativeTableBody();
        for (ReportTable.Row row : table.rows()) {
            var line = new NativeTableRow();
            var label = new NativeTableHeaderCell(row.label());
            label.getElement().setAttribute("scope", "row");
            line.add(label);
            for (int i = 0; i < row.cells().size(); i++) {
                var cell = row.cells().get(i);
                var td = new NativeTableCell(cell.text());
                if (numeric(table, i + 1)) {
                    td.addClassName("numeric");
                }
                if (cell.suppressed()) {
                    td.addClassName("suppressed");
                }
                line.add(td);
            }
            body.add(line);
        }
        html.add(head, body);
        return html;
    }

    /** A column is numeric when any of its cells is a number: its header lines up with them. */
    private static boolean numeric(ReportTable table, int column) {
        return table.rows().stream().anyMatch(row -> row.cells().get(column - 1).value() != null);
    }

    /** Every table of the report as one CSV file each, in a zip. */
    static StreamResource allAsZip(ImpactReport report, String filePrefix) {
        return new StreamResource(filePrefix + ".zip", () -> {
            var bytes = new ByteArrayOutputStream();
            try (var zip = new ZipOutputStream(bytes)) {
                for (ReportTable table : report.tables()) {
                    zip.putNextEntry(new ZipEntry(filePrefix + "-" + table.id() + ".csv"));
                    zip.write(withBom(table.csv()));
                    zip.closeEntry();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new ByteArrayInputStream(bytes.toByteArray());
        });
    }

    /** Excel reads UTF-8 (names with accents, the pound sign) only with a byte order mark. */
    static byte[] withBom(String csv) {
        return ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
    }

    static String filePrefix(ImpactReport report) {
        return "impact-" + report.year().start().getYear() + "-" + String.format("%02d",
                report.year().start().getMonthValue());
    }
}

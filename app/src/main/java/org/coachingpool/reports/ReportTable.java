package org.coachingpool.reports;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One table of a report, as every output shows it: on screen (with its chart, if any), in the CSV
 * export and in the printable report. Cells are already suppressed where a group is too small.
 *
 * @param id a stable name for file names and anchors
 * @param summary one line saying what the table shows, for people who cannot see the chart
 * @param chart how to draw it, or null when a table reads better than a picture
 */
public record ReportTable(String id, String title, String summary, List<String> columns, List<Row> rows,
        Chart chart) {

    /** A row: its label (first column) and one cell per further column. */
    public record Row(String label, List<Cell> cells) {
    }

    /**
     * What a cell shows, and its number for a chart (null when suppressed or not a number).
     *
     * @param suppressed left out because it describes too few people
     */
    public record Cell(String text, Double value, boolean suppressed) {

        public Cell(String text, Double value) {
            this(text, value, false);
        }

        public static Cell text(String text) {
            return new Cell(text, null);
        }
    }

    /**
     * A chart of some of the table's columns (indexes into {@code columns}, 1 being the first
     * after the label).
     */
    public record Chart(Kind kind, List<Integer> series) {

        public enum Kind { BAR, LINE, FUNNEL }
    }

    /**
     * The table as CSV: a header row, then the rows as shown (RFC 4180 quoting), except that a
     * count shown with thousands separators ("1,539") is written as the number (1539), so that a
     * spreadsheet reads it as a number rather than text.
     */
    public String csv() {
        var out = new StringBuilder();
        out.append(String.join(",", columns.stream().map(ReportTable::quoted).toList())).append("\r\n");
        for (Row row : rows) {
            out.append(quoted(row.label()));
            row.cells().forEach(cell -> out.append(',').append(quoted(asNumber(cell))));
            out.append("\r\n");
        }
        return out.toString();
    }

    private static final Pattern GROUPED = Pattern.compile(
            "-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    private static String asNumber(Cell cell) {
        String text = cell.text();
        return cell.value() != null && !cell.suppressed() && text != null && GROUPED.matcher(text).matches()
                ? text.replace(",", "") : text;
    }

    private static String quoted(String text) {
        String value = text == null ? "" : text;
        // A leading =, +, - or @ would run as a formula in a spreadsheet.
        if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?[0-9.,%]+")) {
            value = "'" + value;
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}

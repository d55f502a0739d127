package org.coachingpool.people;

import java.util.List;

/**
 * What an upload of staff would do, row by row, before anything is stored.
 *
 * @param fileProblems problems with the file as a whole (encoding, columns, size); when there are
 *     any, no rows are read
 */
public record ImportPreview(List<String> fileProblems, List<Row> rows) {

    /** What happens to one person. */
    public enum Action {
        ADD("Add"), UPDATE("Update"), UNCHANGED("No change");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One row of the file.
     *
     * @param line the line number in the file, counting the header as line 1
     * @param changes what would change for someone already known, in words ("job title, line manager")
     * @param problems what to correct in this row; empty when it can be imported
     */
    public record Row(int line, String email, String name, Action action, List<String> changes, List<String> problems) {
    }

    public boolean canImport() {
        return fileProblems.isEmpty() && !rows.isEmpty() && rows.stream().allMatch(r -> r.problems().isEmpty());
    }

    public long count(Action action) {
        return rows.stream().filter(r -> r.problems().isEmpty() && r.action() == action).count();
    }

    public long rowsWithProblems() {
        return rows.stream().filter(r -> !r.problems().isEmpty()).count();
    }
}

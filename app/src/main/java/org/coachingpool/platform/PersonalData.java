package org.coachingpool.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.coachingpool.security.UserId;

/**
 * What a feature holds about a person, for the copy of their records a subject access request
 * asks for (ADR 0023). Each feature that keeps personal data offers one bean. A section holds what
 * the person wrote, what is recorded about them, and what others wrote for them to see; never what
 * others wrote for themselves alone or for the pool team alone.
 */
public interface PersonalData {

    List<Section> about(UserId person);

    /**
     * A titled table. {@code explanation} says in a sentence what it is; rows may be empty.
     *
     * @param privateColumns the columns (from 0) holding text written for a few people that the pool
     *     team may not read (a coach's notes, the actions agreed between coach and thinker, a private
     *     answer): the person's own copy has them, the pool team's copy says only that they exist
     */
    record Section(String title, String explanation, List<String> headings, List<List<String>> rows,
            Set<Integer> privateColumns) {

        public Section {
            headings = List.copyOf(headings);
            rows = rows.stream().map(row -> row.stream().map(cell -> cell == null ? "" : cell).toList()).toList();
            privateColumns = Set.copyOf(privateColumns);
        }

        /** A section with nothing in it that the pool team may not read. */
        public Section(String title, String explanation, List<String> headings, List<List<String>> rows) {
            this(title, explanation, headings, rows, Set.of());
        }

        /** What the pool team may see of this section: each private text replaced by what it is. */
        public Section forPoolTeam() {
            if (privateColumns.isEmpty()) {
                return this;
            }
            var shown = rows.stream().map(row -> {
                var cells = new ArrayList<>(row);
                for (int column : privateColumns) {
                    if (column < cells.size() && !cells.get(column).isBlank()) {
                        cells.set(column, WITHHELD);
                    }
                }
                return List.copyOf(cells);
            }).toList();
            return new Section(title, explanation, headings, shown, privateColumns);
        }
    }

    /** What the pool team's copy says in place of private text. */
    String WITHHELD = "Written, and private to the people it was written for. They can download it from "
            + "\u201cYour records\u201d when signed in.";
}

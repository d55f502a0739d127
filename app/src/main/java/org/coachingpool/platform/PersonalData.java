package org.coachingpool.platform;

import java.util.List;
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
     */
    record Section(String title, String explanation, List<String> headings, List<List<String>> rows) {

        public Section {
            headings = List.copyOf(headings);
            rows = rows.stream().map(row -> row.stream().map(cell -> cell == null ? "" : cell).toList()).toList();
        }
    }
}

package org.coachingpool.records;

import java.util.List;
import org.coachingpool.cases.CaseSummary;
import org.coachingpool.people.PersonRecord;

/**
 * What erasing a person's records would do, for the pool team to read before they confirm.
 *
 * @param cases the cases they asked for as thinker: each is erased whole
 * @param blockers why it cannot go ahead yet, in words the pool team can act on; empty when it can
 * @param kept what stays, and why
 */
public record ErasurePlan(PersonRecord person, List<CaseSummary> cases, List<String> blockers, List<String> kept) {

    public boolean mayGoAhead() {
        return blockers.isEmpty();
    }
}

package org.coachingpool.people;

import org.coachingpool.security.UserId;

/**
 * What matching needs to know of a person: their organisation and team, seniority and whether
 * they can sign in. No contact details.
 *
 * @param organisationId stable across renames, for "same organisation" comparisons
 * @param department null when unknown; an unknown team is never taken as the same team
 */
public record MatchingFacts(UserId id, String username, String displayName, OrganisationId organisationId, String organisation,
        String department, Seniority seniority, boolean enabled) {
}

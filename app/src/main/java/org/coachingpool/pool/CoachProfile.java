package org.coachingpool.pool;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.coachingpool.request.DevelopmentArea;
import org.coachingpool.security.UserId;

/**
 * A coach's or mentor's profile as the pool keeps it.
 *
 * @param specialisms the development areas they are best placed to help with
 * @param location a town or site where they can meet in person, or null
 * @param biography a few lines the thinker reads when choosing from a shortlist, or null
 * @param pausedUntil the day a pause ends (they are active again from then), or null
 * @param updatedAt when the profile last changed, to notice a change made in another tab
 */
public record CoachProfile(UserId id, MemberKind kind, Set<Accreditation> accreditations,
        Set<DevelopmentArea> specialisms, Modality modality, String location, String biography,
        LocalDate supervisionDue, LocalDate cpdDue, MemberStatus status, LocalDate pausedUntil,
        int maxActiveRelationships, int pledgedHoursPerYear, int pledgeTermYears, LocalDate joinedOn,
        Instant updatedAt) {

    /** The status on the given day: a pause that has ended counts as active. */
    public MemberStatus statusOn(LocalDate day) {
        return status == MemberStatus.PAUSED && pausedUntil != null && !pausedUntil.isAfter(day)
                ? MemberStatus.ACTIVE : status;
    }
}

package org.coachingpool.pool;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.coachingpool.request.DevelopmentArea;

/**
 * A change to a profile as the form sends it. Kind, accreditations and the pledge are the pool
 * team's to set; a coach's own change keeps them as they were.
 *
 * @param loadedAt the profile's {@code updatedAt} when the form was opened: a profile changed
 *     since then is not overwritten
 */
public record ProfileChange(MemberKind kind, Set<Accreditation> accreditations, Set<DevelopmentArea> specialisms,
        Modality modality, String location, String biography, LocalDate supervisionDue, LocalDate cpdDue,
        MemberStatus status, LocalDate pausedUntil, Integer maxActiveRelationships, Integer pledgedHoursPerYear,
        Integer pledgeTermYears, Instant loadedAt) {

    public static ProfileChange of(CoachProfile profile) {
        return new ProfileChange(profile.kind(), profile.accreditations(), profile.specialisms(), profile.modality(),
                profile.location(), profile.biography(), profile.supervisionDue(), profile.cpdDue(), profile.status(),
                profile.pausedUntil(), profile.maxActiveRelationships(), profile.pledgedHoursPerYear(),
                profile.pledgeTermYears(), profile.updatedAt());
    }
}

package org.coachingpool.pool;

import java.time.LocalDate;
import java.util.Set;
import org.coachingpool.pool.repository.PoolRepository;
import org.coachingpool.request.DevelopmentArea;
import org.coachingpool.security.UserId;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sample coaches and mentors for the demo and the simulator, active at once. Refused in the prod
 * profile: a real pool's members apply and are onboarded.
 */
@Service
public class SampleMembers {

    private final PoolRepository pool;
    private final Environment environment;

    SampleMembers(PoolRepository pool, Environment environment) {
        this.pool = pool;
        this.environment = environment;
    }

    /** A sample member's profile; location, biography and the due dates may be null. */
    public record SampleMember(boolean coaching, boolean mentoring, int capacity, int pledgedHours,
            Set<Accreditation> accreditations, Set<DevelopmentArea> specialisms, Modality modality, String location,
            String biography, LocalDate joinedOn, LocalDate supervisionDue, LocalDate cpdDue) {
    }

    /** Makes the person an active member with this profile. */
    @Transactional
    public void add(UserId person, SampleMember member) {
        if (environment.matchesProfiles("prod")) {
            throw new IllegalStateException("Sample members are never added in the prod profile");
        }
        pool.insertSampleMember(person, member);
    }
}

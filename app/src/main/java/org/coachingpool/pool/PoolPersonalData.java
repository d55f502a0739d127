package org.coachingpool.pool;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.coachingpool.platform.PersonalData;
import org.coachingpool.platform.UkDates;
import org.coachingpool.pool.repository.PoolRepository;
import org.coachingpool.security.UserId;
import org.springframework.stereotype.Component;

/** A coach's or mentor's profile in the pool, and their offers to join it. */
@Component
class PoolPersonalData implements PersonalData {

    private final PoolRepository pool;

    PoolPersonalData(PoolRepository pool) {
        this.pool = pool;
    }

    @Override
    public List<Section> about(UserId person) {
        var profile = new ArrayList<List<String>>();
        pool.profile(person).ifPresent(p -> {
            profile.add(List.of("Offers", p.kind().label()));
            profile.add(List.of("Accreditations", p.accreditations().stream().map(Accreditation::label)
                    .sorted().collect(Collectors.joining(", "))));
            profile.add(List.of("Specialisms", p.specialisms().stream().map(a -> a.label()).sorted()
                    .collect(Collectors.joining(", "))));
            profile.add(List.of("How they meet", p.modality().label()));
            profile.add(List.of("Where", p.location() == null ? "" : p.location()));
            profile.add(List.of("About them", p.biography() == null ? "" : p.biography()));
            profile.add(List.of("Status", p.status().label()));
            profile.add(List.of("Relationships at a time", Integer.toString(p.maxActiveRelationships())));
            profile.add(List.of("Hours pledged a year", Integer.toString(p.pledgedHoursPerYear())));
            profile.add(List.of("Joined", p.joinedOn() == null ? "" : UkDates.date(p.joinedOn())));
            profile.add(List.of("Supervision due", p.supervisionDue() == null ? "" : UkDates.date(p.supervisionDue())));
            profile.add(List.of("Professional development due", p.cpdDue() == null ? "" : UkDates.date(p.cpdDue())));
        });
        var offers = pool.applications(person).stream().map(a -> List.of(UkDates.date(a.createdAt()), a.kind().label(),
                a.motivation(), a.experience() == null ? "" : a.experience(), a.status().replace('_', ' ').toLowerCase(),
                a.changesRequested() == null ? "" : a.changesRequested())).toList();
        return List.of(
                new Section("Your profile in the pool", "What the pool keeps about you as a coach or mentor.",
                        List.of("Detail", "What we hold"), profile),
                new Section("Your offers to coach or mentor", "What you wrote when you offered, and where each offer went.",
                        List.of("Offered on", "To be", "Why you offered", "Your experience", "Where it went",
                                "Changes asked of your profile"), offers));
    }
}

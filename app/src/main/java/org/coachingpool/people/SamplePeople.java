package org.coachingpool.people;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.coachingpool.people.repository.PeopleRepository;
import org.coachingpool.people.repository.PeopleRepository.ImportedPerson;
import org.coachingpool.security.Role;
import org.coachingpool.security.UserId;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sample people for the demo and the simulator, who all sign in with one known password. Refused
 * in the prod profile: a real pool's people come through the people screens, the staff import
 * or single sign-on.
 */
@Service
public class SamplePeople {

    private final PeopleRepository people;
    private final Environment environment;
    private final Clock clock;

    SamplePeople(PeopleRepository people, Environment environment, Clock clock) {
        this.people = people;
        this.environment = environment;
        this.clock = clock;
    }

    /**
     * A sample person. The line manager is named by username: one added in the same call, or one
     * there already.
     */
    public record Sample(String username, String displayName, String organisation, Set<Role> roles,
            String department, String jobTitle, String grade, Seniority seniority, String lineManager) {
    }

    /**
     * Adds the samples whose usernames are not taken, with their organisations, roles and line
     * managers, in a few statements however many there are.
     *
     * @param passwordHash the encoded sample password
     * @return the ids of those added, by username
     */
    @Transactional
    public Map<String, UserId> add(List<Sample> samples, String passwordHash) {
        if (environment.matchesProfiles("prod")) {
            throw new IllegalStateException("Sample people are never added in the prod profile");
        }
        var taken = Set.copyOf(people.usernames());
        var wanted = samples.stream().filter(s -> !taken.contains(s.username())).toList();
        var organisations = new LinkedHashSet<String>();
        wanted.forEach(s -> organisations.add(s.organisation()));
        organisations.forEach(people::ensureOrganisation);
        var organisationIds = people.organisationIdsByLowerName();
        var added = new HashMap<String, UserId>();
        var rows = wanted.stream().map(s -> {
            var id = new UserId(UUID.randomUUID());
            added.put(s.username(), id);
            return new ImportedPerson(id.value(), s.username(), s.displayName(), s.username() + "@example.org",
                    organisationIds.get(s.organisation().strip().toLowerCase(Locale.UK)),
                    new Workplace(s.department(), s.jobTitle(), s.grade(), s.seniority(), null), s.roles());
        }).toList();
        people.insertImported(rows, passwordHash, clock.instant());
        var managers = new HashMap<UUID, UUID>();
        wanted.stream().filter(s -> s.lineManager() != null).forEach(s -> {
            UserId manager = added.containsKey(s.lineManager()) ? added.get(s.lineManager())
                    : people.idOf(s.lineManager()).orElseThrow();
            managers.put(added.get(s.username()).value(), manager.value());
        });
        people.setLineManagers(managers);
        var roles = new HashMap<UUID, Set<Role>>();
        rows.forEach(row -> roles.put(row.id(), row.roles()));
        people.addRoles(roles);
        return added;
    }
}

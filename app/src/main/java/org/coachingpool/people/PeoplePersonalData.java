package org.coachingpool.people;

import java.util.ArrayList;
import java.util.List;
import org.coachingpool.platform.PersonalData;
import org.coachingpool.security.Role;
import org.coachingpool.security.UserId;
import org.springframework.stereotype.Component;

/** A person's account and workplace, for their copy of their records. */
@Component
class PeoplePersonalData implements PersonalData {

    private final People people;

    PeoplePersonalData(People people) {
        this.people = people;
    }

    @Override
    public List<Section> about(UserId person) {
        var rows = new ArrayList<List<String>>();
        people.find(person).ifPresent(p -> {
            rows.add(List.of("Name", p.displayName()));
            rows.add(List.of("Sign-in name", p.username()));
            rows.add(List.of("Email", p.email()));
            rows.add(List.of("Organisation", p.organisation()));
            rows.add(List.of("Department", nullToEmpty(p.workplace().department())));
            rows.add(List.of("Job title", nullToEmpty(p.workplace().jobTitle())));
            rows.add(List.of("Grade", nullToEmpty(p.workplace().grade())));
            rows.add(List.of("Seniority", p.workplace().seniority() == null ? "" : p.workplace().seniority().label()));
            rows.add(List.of("Line manager", nullToEmpty(p.lineManagerName())));
            rows.add(List.of("What they can do in the service", Role.describe(p.roles())));
            rows.add(List.of("Can sign in", p.enabled() ? "Yes" : "No"));
        });
        return List.of(new Section("Your details", "Who you are and where you work, as the pool team keeps them.",
                List.of("Detail", "What we hold"), rows));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}

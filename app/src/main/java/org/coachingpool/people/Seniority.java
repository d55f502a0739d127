package org.coachingpool.people;

/**
 * A level of seniority the pool compares across employers, whose grades (NHS bands, council
 * grades) differ. Mentoring prefers a mentor more senior than the mentee.
 */
public enum Seniority {
    EARLY_CAREER("Early career"),
    PRACTITIONER("Experienced practitioner"),
    TEAM_MANAGER("Team or service manager"),
    SENIOR_MANAGER("Senior manager"),
    EXECUTIVE("Director or executive");

    private final String label;

    Seniority(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

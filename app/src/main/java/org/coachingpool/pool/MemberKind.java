package org.coachingpool.pool;

/** What a pool member offers. */
public enum MemberKind {
    COACH("Coach"), MENTOR("Mentor"), BOTH("Coach and mentor");

    private final String label;

    MemberKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean coaches() {
        return this != MENTOR;
    }

    public boolean mentors() {
        return this != COACH;
    }

    public static MemberKind of(boolean coaching, boolean mentoring) {
        return coaching && mentoring ? BOTH : mentoring ? MENTOR : COACH;
    }
}

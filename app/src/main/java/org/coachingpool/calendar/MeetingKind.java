package org.coachingpool.calendar;

/** What a meeting is for; contracting and the review are three-way, with the sponsor. */
public enum MeetingKind {
    CHEMISTRY("Chemistry conversation", false, 30),
    CONTRACTING("Three-way contracting meeting", true, 30),
    SESSION("Session", false, 90),
    REVIEW("Review meeting", true, 60);

    private final String label;
    private final boolean withSponsor;
    private final int usualMinutes;

    MeetingKind(String label, boolean withSponsor, int usualMinutes) {
        this.label = label;
        this.withSponsor = withSponsor;
        this.usualMinutes = usualMinutes;
    }

    public String label() {
        return label;
    }

    /** Whether the sponsor takes part (and so may see it). */
    public boolean withSponsor() {
        return withSponsor;
    }

    /** The length offered first: about 30 minutes for contracting (DOMAIN.md), 1 to 2 hours for a session. */
    public int usualMinutes() {
        return usualMinutes;
    }
}

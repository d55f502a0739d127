package org.coachingpool.matching;

/** What makes one candidate a better match than another; each has a weight the pool team sets. */
public enum Criterion {
    OTHER_ORGANISATION("Another organisation", "From another organisation than the thinker's: a fresh view, no conflict"),
    SPECIALISM("Specialism", "Helps with the development areas asked for"),
    MODALITY_AND_PLACE("How and where they meet", "Meets the way the thinker asked, in or near the place asked for"),
    SENIORITY("Seniority (mentoring)", "For mentoring: more senior than the mentee"),
    FAIR_SPREAD("Fair spread of work", "Has taken on fewer relationships in the last year"),
    CAPACITY("Places free", "Has more of their places free");

    private final String label;
    private final String meaning;

    Criterion(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    /** What earns points, in a sentence. */
    public String meaning() {
        return meaning;
    }
}

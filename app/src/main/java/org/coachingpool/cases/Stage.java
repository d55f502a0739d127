package org.coachingpool.cases;

/** Where a case is in its life; kept in PostgreSQL as the process moves. */
public enum Stage {
    REQUESTED("Requested"),
    ENDORSEMENT("Awaiting sponsor"),
    TRIAGE("Triage"),
    MATCHING("Matching"),
    CHEMISTRY("Chemistry check"),
    CONTRACTING("Contracting"),
    SESSIONS("Sessions"),
    REVIEW("Review"),
    CLOSING("Closing"),
    CLOSED("Closed"),
    DECLINED("Declined by sponsor"),
    SIGNPOSTED("Signposted");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isFinal() {
        return this == CLOSED || this == DECLINED || this == SIGNPOSTED;
    }
}

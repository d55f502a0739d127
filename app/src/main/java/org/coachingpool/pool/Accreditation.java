package org.coachingpool.pool;

/** Coaching and mentoring qualifications pools recognise. */
public enum Accreditation {
    ILM_5("ILM level 5"),
    ILM_7("ILM level 7"),
    EMCC("EMCC accredited"),
    ICF("ICF credential"),
    AC("Association for Coaching accredited"),
    MENTORING_TRAINING("Pool mentoring training");

    private final String label;

    Accreditation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package org.coachingpool.request;

/**
 * The readiness questions asked before matching, and what they mean for triage. Coaching and
 * mentoring are not the right help for everything: not as part of a formal capability or
 * disciplinary process, not when someone does not want it, and not in place of support for
 * significant stress or ill health. The answers are states, never free text, so the readiness
 * they add up to can go to the engine's triage table.
 */
public record ReadinessAnswers(FormalProcess formalProcess, Choosing choosing, Wellbeing wellbeing) {

    /** Is the request part of a formal capability or disciplinary process? */
    public enum FormalProcess {
        NO("No"), YES("Yes");

        private final String label;

        FormalProcess(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Is the thinker asking because they want to, with time to give? */
    public enum Choosing {
        YES("Yes, I want this and can make time for it"),
        NOT_SURE("I'm not sure yet"),
        NO("No, someone else wants me to do this");

        private final String label;

        Choosing(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Is the thinker coping, or would other support help more right now? */
    public enum Wellbeing {
        COPING("I'm managing day to day"),
        SOMETIMES("Some days are hard"),
        STRUGGLING("I'm struggling a lot at the moment, for example with stress or my health");

        private final String label;

        Wellbeing(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** For requests made before the questions existed, and for tests that do not care. */
    public static ReadinessAnswers ready() {
        return new ReadinessAnswers(FormalProcess.NO, Choosing.YES, Wellbeing.COPING);
    }

    /**
     * What the answers add up to, for the triage table: someone struggling a lot is pointed to
     * support that fits better (counselling, the employee assistance programme) with care; a
     * formal process or someone sent against their wish is not suitable; everyone else is ready.
     */
    public Readiness readiness() {
        if (wellbeing == Wellbeing.STRUGGLING) {
            return Readiness.REFER_ON;
        }
        if (formalProcess == FormalProcess.YES || choosing == Choosing.NO) {
            return Readiness.NOT_SUITABLE;
        }
        return Readiness.READY;
    }

    /** The readiness states the triage table reads. */
    public enum Readiness {
        READY, REFER_ON, NOT_SUITABLE
    }
}

package org.coachingpool.platform;

/**
 * A reason the service cannot start that a person can fix: a port in use, a setting missing, a
 * database or cluster out of reach. Reported as one line naming the cause and the fix, instead
 * of a stack trace.
 */
public class StartupProblem extends RuntimeException {

    private final String fix;

    public StartupProblem(String cause, String fix) {
        this(cause, fix, null);
    }

    public StartupProblem(String cause, String fix, Throwable origin) {
        super(cause, origin);
        this.fix = fix;
    }

    public String fix() {
        return fix;
    }
}

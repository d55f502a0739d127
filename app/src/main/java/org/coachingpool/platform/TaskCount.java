package org.coachingpool.platform;

import org.coachingpool.security.CurrentUser;

/**
 * The number on the "My tasks" badge, and a way to hear when it may have changed. The worklist
 * provides it; the shell only shows it, so the shell does not depend on any feature.
 */
public interface TaskCount {

    int openFor(CurrentUser user);

    /** Calls back when the user's tasks may have changed; close the result to stop. */
    AutoCloseable onChange(CurrentUser user, Runnable callback);
}

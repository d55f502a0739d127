package org.coachingpool.platform;

import org.coachingpool.security.UserId;

/**
 * The pool team (or a process admin) changed people, organisations, the pool, settings or
 * processes. Published by the service that made the change, in its transaction, for the audit log.
 *
 * @param what the change in the app's words, e.g. "Changed roles to Coach, Thinker"
 * @param subject the person changed, or null
 */
public record AdminChange(UserId by, Area area, String what, UserId subject) {

    public enum Area { PEOPLE, ORGANISATIONS, POOL, SETTINGS, PROCESSES, RECORDS }

    public AdminChange(UserId by, Area area, String what) {
        this(by, area, what, null);
    }
}

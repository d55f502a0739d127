package org.coachingpool.platform;

import org.coachingpool.security.UserId;

/**
 * A person did something to their own account (set or changed their password), published in the
 * transaction that stores it, for the audit log. Never carries the password or a link.
 */
public record AccountChange(UserId who, String what) {
}

package org.coachingpool.people;

import java.time.Instant;
import org.coachingpool.security.UserId;

/** A person's password was set or changed: they are told by email, so a change that was not theirs is noticed. */
public record PasswordChanged(UserId person, Instant at) {
}

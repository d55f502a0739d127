package org.coachingpool.platform;

import org.coachingpool.security.UserId;

/**
 * Published in the transaction that erases a person's records at their request (ADR 0023), after
 * the cases they asked for are gone and before their account is emptied: each feature deletes or
 * empties what it holds about the person alone (profiles, offers to join, mail sent to them).
 */
public record PersonErasing(UserId person) {
}

package org.coachingpool.forms;

import java.time.Instant;

/** A written answer as a viewer may see it. */
public record Answer(String formKey, String field, String value, String authorName, Instant answeredAt) {
}

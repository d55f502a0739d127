package org.coachingpool.matching;

import java.util.List;
import org.coachingpool.security.UserId;

/**
 * A pool member who is not offered a case, and why, for the pool admin looking for someone by
 * name.
 *
 * @param because every rule that keeps them out, in plain words
 */
public record Excluded(UserId id, String displayName, List<NotOffered> rules, List<String> because) {

    public Excluded {
        rules = List.copyOf(rules);
        because = List.copyOf(because);
    }
}

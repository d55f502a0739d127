package org.coachingpool.worklist;

import java.util.Map;
import org.coachingpool.security.CurrentUser;

/**
 * A feature's last word on a completion, inside the completing transaction after the task was
 * locked and found to be the person's and open. A guard may refuse (nothing is then stored and the
 * person is told why) or record what must commit with the completion, such as the mentor who
 * volunteered first.
 */
public interface CompletionGuard {

    /**
     * @throws org.coachingpool.platform.InvalidInputException to refuse, in words for the person
     */
    void beforeCompletion(WorkItem item, CurrentUser user, Map<String, Object> variables);
}

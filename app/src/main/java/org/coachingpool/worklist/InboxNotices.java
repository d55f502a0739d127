package org.coachingpool.worklist;

import java.util.List;
import org.coachingpool.security.CurrentUser;

/**
 * Something a person should act on that is not a task of a process, shown at the top of their
 * task list: a feature's reminder (supervision due, a pledge term ending). In words for them.
 */
public interface InboxNotices {

    List<String> noticesFor(CurrentUser user);
}

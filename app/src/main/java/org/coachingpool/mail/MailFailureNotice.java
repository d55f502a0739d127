package org.coachingpool.mail;

import java.util.List;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.Role;
import org.coachingpool.worklist.InboxNotices;
import org.springframework.stereotype.Component;

/** Tells the pool team on their task list when email could not be sent, so nobody waits unknowing. */
@Component
class MailFailureNotice implements InboxNotices {

    private final Mail mail;

    MailFailureNotice(Mail mail) {
        this.mail = mail;
    }

    @Override
    public List<String> noticesFor(CurrentUser user) {
        if (!user.has(Role.POOL_ADMIN)) {
            return List.of();
        }
        int failed = mail.failedCount();
        if (failed == 0) {
            return List.of();
        }
        return List.of((failed == 1 ? "1 email" : failed + " emails") + " could not be sent. The people they were for "
                + "may not know they have something to do. Open Sent mail to see why and to try again.");
    }
}

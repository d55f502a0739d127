package org.coachingpool.audit;

import org.coachingpool.cases.AccessRefused;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.CaseSummary;
import org.coachingpool.cases.Cases;
import org.coachingpool.cases.ConfidentialRead;
import org.coachingpool.platform.AccountChange;
import org.coachingpool.platform.AdminChange;
import org.coachingpool.safeguarding.SafeguardingProcess;
import org.coachingpool.safeguarding.SafeguardingRecorded;
import org.coachingpool.worklist.WorkItemCompleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Turns the events other features publish into audit entries; they never call the log. */
@Component
class AuditTrail {

    private final AuditLog log;
    private final Cases cases;

    AuditTrail(AuditLog log, Cases cases) {
        this.log = log;
        this.cases = cases;
    }

    @EventListener
    void on(ConfidentialRead read) {
        log.recordApartOncePerDay(new AuditLog.Pending(read.reader(), AuditAction.READ_CONFIDENTIAL, read.caseId(),
                reference(read.caseId()), null, "Was shown " + read.what()));
    }

    @EventListener
    void on(AccessRefused refused) {
        boolean concern = SafeguardingProcess.TASK_RESPOND.equals(refused.taskElementId());
        log.recordApart(new AuditLog.Pending(refused.who(), concern ? AuditAction.SAFEGUARDING : AuditAction.ACCESS_REFUSED,
                refused.caseId(),
                reference(refused.caseId()), null, "Asked for " + refused.what()));
    }

    @EventListener
    void on(SafeguardingRecorded recorded) {
        log.recordApart(new AuditLog.Pending(recorded.who(), AuditAction.SAFEGUARDING, recorded.caseId(),
                reference(recorded.caseId()), null, recorded.what()));
    }

    @EventListener
    void on(WorkItemCompleted completed) {
        if (SafeguardingProcess.TASK_RESPOND.equals(completed.elementId())) {
            // On record by safeguarding itself, for the lead's eyes only.
            return;
        }
        log.recordWithChange(new AuditLog.Pending(completed.by(), AuditAction.DECISION, completed.caseId(),
                reference(completed.caseId()), null, "Completed the task \u201c" + completed.taskName() + "\u201d"));
    }

    @EventListener
    void on(AdminChange change) {
        log.recordWithChange(new AuditLog.Pending(change.by(), AuditAction.ADMIN_CHANGE, null, null, change.subject(),
                change.what()));
    }

    @EventListener
    void on(AccountChange change) {
        log.recordWithChange(new AuditLog.Pending(change.who(), AuditAction.ACCOUNT, null, null, change.who(),
                change.what()));
    }

    private String reference(CaseId caseId) {
        return caseId == null ? null : cases.find(caseId).map(CaseSummary::reference).orElse(null);
    }
}

package org.coachingpool.cases;

import org.coachingpool.security.UserId;

/**
 * Someone signed in asked for something that is not theirs: a case, its sessions or a task.
 * Published where the service refuses, for the audit log; their screen says only that it does
 * not exist or is not theirs.
 *
 * @param caseId the case it belonged to, or null when that is not known
 * @param what what was refused, in the app's words (never anything a person wrote)
 * @param taskElementId the model's id of the task refused, or null when it was not a task
 */
public record AccessRefused(UserId who, CaseId caseId, String what, String taskElementId) {

    public AccessRefused(UserId who, CaseId caseId, String what) {
        this(who, caseId, what, null);
    }
}

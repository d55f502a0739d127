/**
 * Worklist: every human task as a work item (fed by one job worker), inboxes, claims, drafts,
 * completion over gRPC, and {@link org.coachingpool.worklist.TaskPages}, the one way task pages
 * load, submit and show a task that can no longer be done. Offers
 * {@link org.coachingpool.worklist.Worklist} (what people see, take and complete),
 * {@link org.coachingpool.worklist.TaskProjection} (items from the engine's jobs),
 * {@link org.coachingpool.worklist.CompletionSender} (completions to the engine after commit),
 * {@link org.coachingpool.worklist.TaskWithdrawal} (items the process no longer waits for) and
 * {@link org.coachingpool.worklist.TaskRoute} (where a task's page is). Owns {@code work_item} and {@code task_draft} (drafts stored sealed, ADR 0020). SQL is in
 * {@code repository}; views and workers are internal.
 */
package org.coachingpool.worklist;

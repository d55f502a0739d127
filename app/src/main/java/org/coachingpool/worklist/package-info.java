/**
 * Worklist: every human task as a work item (fed by one job worker), inboxes, claims, drafts,
 * completion over gRPC, and {@link org.coachingpool.worklist.TaskPages}, the one way task pages
 * load, submit and show a task that can no longer be done. Offers
 * {@link org.coachingpool.worklist.Worklist}. Owns {@code work_item} and {@code task_draft} (drafts stored sealed, ADR 0020). SQL is in
 * {@code repository}; views and workers are internal.
 */
package org.coachingpool.worklist;

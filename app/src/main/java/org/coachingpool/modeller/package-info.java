/**
 * The process library for process admins: versions, drafts kept on the server, the browser
 * modeller, the app's own checks, deploy, rollback, comparison and the audit of every change
 * (ADR 0010). Offers {@link org.coachingpool.modeller.ModelLibrary}. Owns {@code process_draft}
 * and {@code process_change}; their SQL is in {@code repository}. The views in {@code ui} and the
 * checks are internal.
 */
package org.coachingpool.modeller;

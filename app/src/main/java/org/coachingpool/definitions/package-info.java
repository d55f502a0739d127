/**
 * Deployed definitions: deploys resources to the engine ({@link org.coachingpool.definitions.Deployments})
 * and records every process, decision and form version with its content, origin, author and
 * comment ({@link org.coachingpool.definitions.ProcessDefinitions}), for titles, diagrams and the
 * process library. Deploys the files of processes/ on start when they changed (ADR 0010). Owns
 * {@code process_definition}, {@code decision_definition}, {@code form_definition} and
 * {@code deployed_file}, whose SQL is in the internal {@code repository}.
 */
package org.coachingpool.definitions;

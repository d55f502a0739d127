/**
 * Records: how long the pool keeps a case after it closes (a retention period in whole years, 3
 * unless the pool team changes it), the nightly erasure of cases past it, a copy of everything held
 * about a person for a subject access request, and erasure at a person's request (ADR 0023). Offers
 * {@link org.coachingpool.records.Retention}, {@link org.coachingpool.records.Erasure} and
 * {@link org.coachingpool.records.SubjectAccess}. Owns {@code retention_setting}, {@code erased_case}
 * and {@code erased_person}. A case is erased by deleting its row, which the schema cascades to
 * everything hanging off it; features that keep something elsewhere listen to
 * {@link org.coachingpool.cases.CaseErasing} and {@link org.coachingpool.platform.PersonErasing}, and
 * each feature holding personal data offers a {@link org.coachingpool.platform.PersonalData}.
 * {@code repository} and {@code ui} are internal.
 */
package org.coachingpool.records;

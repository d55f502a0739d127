/**
 * Case file: the case page (each role its share: a plain timeline for the people in the case, the
 * process diagram for the pool team), My relationships / My people, and the pool board. Offers
 * {@link org.coachingpool.casefile.CaseDiagrams}. Owns no tables: it reads through the cases,
 * sessions, forms, request and incidents services. Views in {@code ui} are internal.
 */
package org.coachingpool.casefile;

/**
 * Task forms: the catalogue of forms for human tasks, their validation, and the answers people
 * write, stored with who may read them. Offers {@link org.coachingpool.forms.TaskForms}. Owns
 * {@code task_answer}, whose values are stored sealed (ADR 0020).
 * SQL is in {@code repository}. The generic task view in {@code ui} and {@code repository} are internal.
 */
package org.coachingpool.forms;

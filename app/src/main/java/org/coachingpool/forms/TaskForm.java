package org.coachingpool.forms;

import java.util.List;

/**
 * A task's form: what the person is asked and what each answer becomes.
 *
 * @param shows the form key whose answers on the same case are shown above this form (the
 *     contract, when confirming it), or null
 */
public record TaskForm(String formKey, String elementId, String intro, String submitLabel, List<Field> fields,
        String shows) {

    public TaskForm(String formKey, String elementId, String intro, String submitLabel, List<Field> fields) {
        this(formKey, elementId, intro, submitLabel, fields, null);
    }
}

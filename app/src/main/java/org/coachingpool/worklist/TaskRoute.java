package org.coachingpool.worklist;

/**
 * Where a task's page is: {@code tasks/{formKey}/{item}}. The rule (ADR 0032): a user task's form
 * key in the BPMN is its page's route segment. A task with a view of its own declares its route
 * from these parts and its process's constant; every other form key opens the generic form page.
 * {@code TaskRoutesFollowFormKeysTest} checks both ways.
 */
public final class TaskRoute {

    public static final String PREFIX = "tasks/";
    /** The route parameter carrying the work item's id. */
    public static final String ITEM = "item";
    public static final String ITEM_SUFFIX = "/:" + ITEM;
    /** The route parameter of the generic form page carrying the form key. */
    public static final String FORM = "form";
    /** The generic form page: any catalogued or linked form, by its key. */
    public static final String ANY_FORM = PREFIX + ":" + FORM + ITEM_SUFFIX;

    private TaskRoute() {
    }

    /** The page of a task: by its form key, or its element id when the task has no form key. */
    public static String path(String formKey, String elementId, WorkItemId item) {
        return PREFIX + (formKey == null ? elementId : formKey) + "/" + item;
    }
}

package org.coachingpool.modeller;

/**
 * One thing validation found in a model, naming the element. Errors stop a deploy; warnings are
 * for the admin to weigh.
 *
 * @param elementId the element's id in the model, or empty for the model as a whole
 * @param elementName the element's name as the modeller shows it, or empty
 */
public record Finding(Severity severity, String elementId, String elementName, String message) {

    public enum Severity { ERROR, WARNING }

    public static Finding error(String elementId, String elementName, String message) {
        return new Finding(Severity.ERROR, elementId == null ? "" : elementId, elementName == null ? "" : elementName,
                message);
    }

    public static Finding warning(String elementId, String elementName, String message) {
        return new Finding(Severity.WARNING, elementId == null ? "" : elementId, elementName == null ? "" : elementName,
                message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** "Element 'Name' (id): message", the way the findings list and the error summary say it. */
    public String describe() {
        if (elementId.isEmpty()) {
            return message;
        }
        String who = elementName.isEmpty() ? "'" + elementId + "'" : "'" + elementName + "' (" + elementId + ")";
        return who + ": " + message;
    }
}

package org.coachingpool.platform;

import com.vaadin.flow.component.textfield.IntegerField;

/** Number fields that keep what a person typed, so that a wrong number is named rather than changed. */
public final class NumberFields {

    private NumberFields() {
    }

    /**
     * A whole-number field. The browser's own field drops every character that is not a digit as
     * it is typed, so "2.5" became 25 without a word; here a point or a comma stays in the field,
     * the number does not read, and the page says to enter a whole number.
     */
    public static IntegerField wholeNumber(String label) {
        var field = new IntegerField(label);
        field.getElement().setProperty("allowedCharPattern", "[-+0-9.,]");
        field.getElement().setAttribute("inputmode", "numeric");
        return field;
    }
}

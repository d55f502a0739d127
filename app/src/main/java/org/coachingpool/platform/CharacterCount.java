package org.coachingpool.platform;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * GOV.UK character count: a text area with a limit says how much room is left as the person
 * types, so nothing is cut off unseen. The limit is the service's own constant.
 */
public final class CharacterCount {

    private CharacterCount() {
    }

    public static TextArea attach(TextArea area, int max, String helper) {
        area.setMaxLength(max);
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.setValueChangeTimeout(300);
        Runnable show = () -> {
            int left = max - (area.getValue() == null ? 0 : area.getValue().length());
            String count = left >= 0 ? "You have " + String.format("%,d", left) + (left == 1 ? " character" : " characters")
                    + " remaining." : "You have " + String.format("%,d", -left) + " characters too many.";
            area.setHelperText(helper == null ? count : helper + " " + count);
        };
        area.addValueChangeListener(e -> show.run());
        show.run();
        return area;
    }
}

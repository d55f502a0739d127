package org.coachingpool.platform;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.IntConsumer;

/**
 * GOV.UK character count: a text area with a limit says how much room is left as the person
 * types, so nothing is cut off unseen. The limit is the service's own constant.
 *
 * <p>The text itself reaches the server on every change event (leaving the field, which pressing
 * any button does first), never on a timer: a debounced value arrives after a click made within
 * the debounce and the button acts on the old text, which is how typed notes were lost. Only
 * the count follows typing, from the length the browser reports, so the count is live but the
 * text is never late. The architecture test keeps timed value modes to search filters.
 */
public final class CharacterCount {

    /** How long typing pauses before the count is refreshed. */
    static final int COUNT_DELAY_MS = 300;

    private CharacterCount() {
    }

    public static TextArea attach(TextArea area, int max, String helper) {
        area.setMaxLength(max);
        area.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        IntConsumer show = length -> {
            int left = max - length;
            String count = left >= 0 ? "You have " + String.format("%,d", left) + (left == 1 ? " character" : " characters")
                    + " remaining." : "You have " + String.format("%,d", -left) + " characters too many.";
            area.setHelperText(helper == null ? count : helper + " " + count);
        };
        area.getElement().addEventListener("input", e -> show.accept((int) e.getEventData().getNumber("element.value.length")))
                .addEventData("element.value.length").debounce(COUNT_DELAY_MS);
        area.addValueChangeListener(e -> show.accept(e.getValue() == null ? 0 : e.getValue().length()));
        show.accept(area.getValue() == null ? 0 : area.getValue().length());
        return area;
    }
}

package org.coachingpool.platform;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The GOV.UK error summary: "There is a problem" at the top of the form, every problem listed
 * as a link to its field, focus moved to the summary so screen readers announce it; each field
 * also shows its own message. Every form shows validation through this, bound field by field.
 */
public class ErrorSummary extends Div {

    private final Map<String, Component> fields = new LinkedHashMap<>();
    private final UnorderedList list = new UnorderedList();

    public ErrorSummary() {
        addClassName("error-summary");
        getElement().setAttribute("role", "alert");
        getElement().setAttribute("tabindex", "-1");
        add(new H2("There is a problem"), list);
        setVisible(false);
        // Links to fields are handled here: the router would take "#field" for the home page.
        getElement().executeJs("""
                this.addEventListener('click', e => {
                  const link = e.target.closest('a');
                  if (!link) { return; }
                  e.preventDefault();
                  const field = document.getElementById(link.getAttribute('href').substring(1));
                  if (field) { field.focus(); field.scrollIntoView({block: 'center'}); }
                });
                """);
    }

    /**
     * Ties a field name used by a service to the input that shows it.
     *
     * @param input a field implementing {@link HasValidation}, or any component (the summary then links to it only)
     */
    public ErrorSummary bind(String field, Component input) {
        fields.put(field, input);
        if (input.getId().isEmpty()) {
            input.setId("field-" + field);
        }
        return this;
    }

    /** Hides the summary and every field's message. */
    public void clear() {
        setVisible(false);
        list.removeAll();
        fields.values().forEach(input -> {
            if (input instanceof HasValidation validated) {
                validated.setInvalid(false);
                validated.setErrorMessage(null);
            }
        });
    }

    /** Shows every problem, in the summary and beside its field, and moves focus to the summary. */
    public void show(InvalidInputException invalid) {
        clear();
        for (var problem : invalid.problems()) {
            Component input = fields.get(problem.field());
            if (input == null) {
                list.add(new ListItem(problem.message()));
                continue;
            }
            if (input instanceof HasValidation validated) {
                validated.setErrorMessage(problem.message());
                validated.setInvalid(true);
            }
            list.add(new ListItem(new Anchor("#" + input.getId().orElseThrow(), problem.message())));
        }
        setVisible(true);
        getElement().callJsFunction("focus");
    }
}

package org.coachingpool.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

public class FormSchemasTest {

    public static final String HR_APPROVAL = """
            {
              "id": "hr-approval", "type": "default", "schemaVersion": 18,
              "components": [
                {"type": "text", "text": "## Check the request against the HR policy"},
                {"type": "radio", "key": "hrDecision", "label": "Does HR approve?", "validate": {"required": true},
                 "values": [{"label": "Approve", "value": "APPROVED"}, {"label": "Refuse", "value": "REFUSED"}]},
                {"type": "textarea", "key": "hrNote", "label": "Note for the pool team",
                 "properties": {"visibility": "AUTHOR_AND_POOL_ADMINS"}},
                {"type": "number", "key": "hrHours", "label": "Hours approved", "validate": {"min": 1, "max": 40}}
              ]
            }
            """;

    @Test
    void aCamundaFormBecomesTheAppsOwnFieldsWithWhoReadsEachAnswer() {
        assertThat(FormSchemas.problems(HR_APPROVAL)).isEmpty();
        assertThat(FormSchemas.idOf(HR_APPROVAL)).isEqualTo("hr-approval");
        TaskForm form = FormSchemas.toTaskForm("2251799813685299", HR_APPROVAL);
        assertThat(form.intro()).isEqualTo("Check the request against the HR policy");
        assertThat(form.fields()).satisfiesExactly(
                decision -> assertThat(decision).isEqualTo(new Field.Choice("hrDecision", "Does HR approve?",
                        Map.of("APPROVED", "Approve", "REFUSED", "Refuse"))),
                note -> assertThat(note).isEqualTo(new Field.Text("hrNote",
                        "Note for the pool team (seen by you and the pool team)", "", Visibility.AUTHOR_AND_POOL_ADMINS,
                        "")),
                hours -> assertThat(hours).isEqualTo(new Field.Count("hrHours", "Hours approved", 1, 40, 1)));
    }

    @Test
    void whatTheAppCannotShowOrCheckIsNamedField() {
        String schema = """
                {"id": "odd", "components": [
                  {"type": "dynamiclist", "key": "rows", "label": "Rows"},
                  {"type": "textfield", "key": "thinker", "label": "Thinker"},
                  {"type": "textfield", "key": "note"},
                  {"type": "select", "key": "pick", "label": "Pick", "valuesKey": "options"},
                  {"type": "checkbox", "key": "ok", "label": "Fine?"},
                  {"type": "radio", "key": "say", "label": "Say", "values": [{"label": "A reason", "value": "a reason"},
                   {"label": "B", "value": "B"}]},
                  {"type": "textfield", "key": "who", "label": "Who", "properties": {"visibility": "EVERYONE"}},
                  {"type": "text", "text": "Hello {{thinkerName}}"},
                  {"type": "text", "text": "=if approved then \\"Thanks\\" else \\"Sorry\\""}
                ]}
                """;
        assertThat(FormSchemas.problems(schema)).containsExactlyInAnyOrder(
                "The field 'Rows' is a dynamic list, which the app cannot show; use a text field, text area, number, "
                        + "radio group, select, checkbox or date",
                "The field 'Thinker' has the key 'thinker', which the process already uses; choose another",
                "The field 'note' needs a label that says what to answer",
                "The field 'Pick' uses conditions or values from variables, which the app cannot check on the "
                        + "server; give it fixed options and no condition",
                "The field 'Pick' needs at least two options",
                "The checkbox 'Fine?' must be required (a box to tick to confirm); for a yes or no, use a radio group",
                "An option of 'Say' has the value 'a reason'; values are states such as APPROVED, in letters, "
                        + "digits, - and _",
                "The field 'Who' has the visibility 'EVERYONE'; use AUTHOR, AUTHOR_AND_POOL_ADMINS, "
                        + "THINKER_AND_COACH or PARTICIPANTS",
                "The text \u201cHello {{thinkerName}}\u201d is worked out from process variables, which the app does "
                        + "not do: people would see the expression itself. Write the text as it should read",
                "The text \u201c=if approved then \"Thanks\" else \"Sorry\"\u201d is worked out from process "
                        + "variables, which the app does not do: people would see the expression itself. Write the "
                        + "text as it should read");
        assertThat(FormSchemas.problems("not json")).singleElement().asString().startsWith("The file is not a form");
        assertThat(FormSchemas.problems("{\"components\": []}")).contains("The form has no id: give it one in the "
                + "form's properties", "The form has no fields");
    }
}

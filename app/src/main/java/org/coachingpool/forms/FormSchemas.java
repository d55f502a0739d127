package org.coachingpool.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Camunda Forms (form-js schemas, made in the app or in Camunda Desktop Modeler) read as the
 * app's own task forms, so a task an admin added is shown with the same fields, error summary,
 * drafts and server-side checks as every other task (ADR 0011). Only what the app can show and
 * check is accepted; anything else is named as a problem before the form can be deployed.
 */
public final class FormSchemas {

    /** Engine variables the app's processes rely on: a form field of that name would overwrite one. */
    static final Set<String> RESERVED = Set.of("caseId", "thinker", "sponsor", "coach", "mentor", "offeredCoach",
            "kindWanted", "supportKind", "settings", "readiness", "endorsement", "triageDecision", "triageProposal",
            "candidateCount", "mentorCandidates", "shortlist", "volunteer", "chemistryAttempts", "sessionsLogged",
            "plannedSessions", "extended", "applicationId", "applicant", "memberKind", "concernId", "safeguardingLead",
            "thinkerContract", "sponsorContract", "sponsorInvolvement");
    /** The form-js components the app shows as questions. */
    public static final Set<String> FIELD_TYPES = Set.of("textfield", "textarea", "number", "radio", "select",
            "checkbox", "datetime");
    /** The ones it shows as they are: text above the questions, and space between them. */
    public static final Set<String> LAYOUT_TYPES = Set.of("text", "spacer", "separator");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int NUMBER_LIMIT = 1_000_000;

    private FormSchemas() {
    }

    /** The form's id, as a user task links it. */
    public static String idOf(String schema) {
        JsonNode root = read(schema);
        String id = root.path("id").asText("");
        if (id.isBlank()) {
            throw new IllegalArgumentException("the form has no id");
        }
        return id;
    }

    /** Every reason the app cannot show or check this form; empty when it can. */
    public static List<String> problems(String schema) {
        List<String> problems = new ArrayList<>();
        try {
            convert("check", schema, problems);
        } catch (IllegalArgumentException unreadable) {
            problems.add(unreadable.getMessage());
        }
        return problems;
    }

    /**
     * The form as a task form; a form that breaks the rules (it was checked at deploy, so only a
     * form deployed around the app) gives an empty form that cannot be sent.
     */
    public static TaskForm toTaskForm(String formKey, String schema) {
        List<String> problems = new ArrayList<>();
        TaskForm form = convert(formKey, schema, problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the form " + formKey + " cannot be shown: " + String.join("; ", problems));
        }
        return form;
    }

    private static TaskForm convert(String formKey, String schema, List<String> problems) {
        JsonNode root = read(schema);
        if (root.path("id").asText("").isBlank()) {
            problems.add("The form has no id: give it one in the form's properties");
        }
        List<Field> fields = new ArrayList<>();
        List<String> intro = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        JsonNode components = root.path("components");
        if (!components.isArray() || components.isEmpty()) {
            problems.add("The form has no fields");
        }
        for (JsonNode component : components) {
            String type = component.path("type").asText("");
            String key = component.path("key").asText("");
            String label = component.path("label").asText("").strip();
            String named = label.isEmpty() ? (key.isEmpty() ? "a " + type + " field" : "'" + key + "'") : "'" + label + "'";
            if (type.equals("text")) {
                String raw = component.path("text").asText("");
                if (raw.strip().startsWith("=") || raw.contains("{{")) {
                    // form-js would fill it in from process variables; the app shows text as written.
                    problems.add("The text \u201c" + abbreviated(raw.strip()) + "\u201d is worked out from process "
                            + "variables, which the app does not do: people would see the expression itself. Write "
                            + "the text as it should read");
                    continue;
                }
                String text = raw.replaceAll("[#*_`>]", "").strip();
                if (!text.isEmpty()) {
                    intro.add(text);
                }
                continue;
            }
            if (type.equals("spacer") || type.equals("separator")) {
                continue;
            }
            if (!FIELD_TYPES.contains(type)) {
                problems.add("The field " + named + " is " + kindOf(type) + ", which the app cannot show; use a text field,"
                        + " text area, number, radio group, select, checkbox or date");
                continue;
            }
            if (key.isBlank() || !key.matches("[A-Za-z][A-Za-z0-9_]{0,60}")) {
                problems.add("The field " + named + " needs a key of letters and digits (it names the answer)");
                continue;
            }
            if (!keys.add(key)) {
                problems.add("Two fields have the key '" + key + "': each answer needs a key of its own");
            }
            if (RESERVED.contains(key)) {
                problems.add("The field " + named + " has the key '" + key + "', which the process already uses;"
                        + " choose another");
            }
            if (label.isEmpty()) {
                problems.add("The field '" + key + "' needs a label that says what to answer");
            }
            if (component.has("conditional") || component.has("valuesKey") || component.has("valuesExpression")) {
                problems.add("The field " + named + " uses conditions or values from variables, which the app "
                        + "cannot check on the server; give it fixed options and no condition");
            }
            JsonNode validate = component.path("validate");
            boolean required = validate.path("required").asBoolean(false);
            String visibilityName = component.path("properties").path("visibility").asText("AUTHOR_AND_POOL_ADMINS")
                    .toUpperCase(Locale.ROOT);
            Visibility visibility;
            try {
                visibility = Visibility.valueOf(visibilityName);
            } catch (IllegalArgumentException unknown) {
                problems.add("The field " + named + " has the visibility '" + visibilityName + "'; use AUTHOR, "
                        + "AUTHOR_AND_POOL_ADMINS, THINKER_AND_COACH or PARTICIPANTS");
                visibility = Visibility.AUTHOR;
            }
            String description = component.path("description").asText("");
            switch (type) {
                case "textfield", "textarea" -> fields.add(new Field.Text(key, label + seenBy(visibility), description,
                        visibility, required ? "*" : ""));
                case "number" -> {
                    int min = validate.has("min") ? validate.path("min").asInt() : 0;
                    int max = validate.has("max") ? validate.path("max").asInt() : NUMBER_LIMIT;
                    if (min > max) {
                        problems.add("The field " + named + " has a minimum above its maximum");
                    }
                    fields.add(new Field.Count(key, label, min, max, Math.max(min, Math.min(max,
                            component.path("defaultValue").asInt(min)))));
                }
                case "radio", "select" -> {
                    Map<String, String> options = new LinkedHashMap<>();
                    for (JsonNode value : component.path("values")) {
                        String option = value.path("value").asText("");
                        if (!option.matches("[A-Za-z0-9_\\-]{1,40}")) {
                            problems.add("An option of " + named + " has the value '" + option + "'; values are "
                                    + "states such as APPROVED, in letters, digits, - and _");
                        }
                        options.put(option, value.path("label").asText(option));
                    }
                    if (options.size() < 2) {
                        problems.add("The field " + named + " needs at least two options");
                    }
                    fields.add(new Field.Choice(key, label, options));
                }
                case "checkbox" -> {
                    if (!required) {
                        problems.add("The checkbox " + named + " must be required (a box to tick to confirm); for a"
                                + " yes or no, use a radio group");
                    }
                    fields.add(new Field.Confirm(key, label));
                }
                case "datetime" -> {
                    if (!"date".equals(component.path("subtype").asText("date"))) {
                        problems.add("The field " + named + " asks for a time; the app asks for dates only");
                    }
                    fields.add(new Field.FutureDate(key, component.path("dateLabel").asText(label).isBlank() ? label
                            : component.path("dateLabel").asText(label)));
                }
                default -> throw new IllegalStateException(type);
            }
        }
        return new TaskForm(formKey, null, intro.isEmpty() ? "" : String.join(" ", intro), "Send", fields);
    }

    /** The reader of a form sees who will read a written answer, as in every other task form. */
    private static String seenBy(Visibility visibility) {
        return switch (visibility) {
            case AUTHOR -> " (seen by you only)";
            case AUTHOR_AND_POOL_ADMINS -> " (seen by you and the pool team)";
            case THINKER_AND_COACH -> " (seen by the thinker and the coach)";
            case PARTICIPANTS -> " (seen by the thinker, coach, sponsor and pool team)";
        };
    }

    private static JsonNode read(String schema) {
        try {
            JsonNode root = JSON.readTree(schema == null ? "" : schema);
            if (root == null || !root.isObject()) {
                throw new IllegalArgumentException("The file is not a form: a Camunda form is a JSON object");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The file is not a form: " + e.getOriginalMessage());
        }
    }

    private static String abbreviated(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    /** A form-js component type in words, with its article: "an image", "an HTML block". */
    static String kindOf(String type) {
        return switch (type) {
            case "image" -> "an image";
            case "html" -> "an HTML block";
            case "iframe" -> "an iFrame";
            case "table" -> "a table";
            case "button" -> "a button";
            case "expression" -> "an expression field";
            case "filepicker" -> "a file picker";
            case "dynamiclist" -> "a dynamic list";
            case "group" -> "a group";
            case "text" -> "a text view";
            default -> ("aeiou".indexOf(Character.toLowerCase(type.isEmpty() ? 'x' : type.charAt(0))) >= 0 ? "an " : "a ")
                    + type;
        };
    }
}

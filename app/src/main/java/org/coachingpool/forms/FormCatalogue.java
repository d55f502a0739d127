package org.coachingpool.forms;

import static org.coachingpool.forms.Visibility.AUTHOR;
import static org.coachingpool.forms.Visibility.AUTHOR_AND_POOL_ADMINS;
import static org.coachingpool.forms.Visibility.PARTICIPANTS;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coachingpool.definitions.ProcessDefinitions;
import org.springframework.stereotype.Component;

/**
 * The forms of the relationship process's simpler tasks, by form key. Tasks whose forms need
 * data of their own (request, endorsement, triage, matching, session log) have their own views.
 */
@Component
public class FormCatalogue {

    private final ProcessDefinitions definitions;
    private final Map<String, TaskForm> linked = new ConcurrentHashMap<>();

    FormCatalogue(ProcessDefinitions definitions) {
        this.definitions = definitions;
    }

    /** The thinker's and sponsor's words on the contract: a comment, needed when they raise a concern. */
    static final String CONCERN_LABEL = "Your comment, or your concern if you have one (seen by the thinker, coach,"
            + " sponsor and pool team)";

    /** What a missing answer to each of the app's own questions is met with, by the question's label. */
    static final Map<String, String> MISSING = Map.of(
            "Can you take this on?", "Select yes if you can take this on, or no if you cannot.",
            "Is this the right fit?", "Select yes if this is the right fit, or no if it is not.",
            "Why not? (seen by you and the pool team only)", "Say briefly why not.",
            "What next?", "Choose what happens next.",
            "Reason (seen by you and the pool team)", "Enter the reason for your decision.",
            "Agreed with the thinker:", "Choose what you agreed with the thinker.",
            "Sponsor involvement", "Choose how the sponsor will be involved.",
            "Do you agree to this contract?", "Select yes if you agree to the contract, or no if you have a concern.",
            CONCERN_LABEL, "Say what your concern is, so that the coach or mentor can change the contract.");

    private final Map<String, TaskForm> forms = List.of(
            new TaskForm("offer-response", "offer",
                    "The pool team would like you to take on this relationship.", "Send my answer",
                    List.of(choice("offerResponse", "Can you take this on?", "ACCEPTED", "Yes, I can take this on",
                                    "DECLINED", "No, not this time"),
                            new Field.Text("declineReason", "Why not? (seen by you and the pool team only)", "",
                                    AUTHOR_AND_POOL_ADMINS, "offerResponse=DECLINED"))),
            new TaskForm("mentor-volunteer", "offer-to-mentors",
                    "A colleague has asked for a mentor. The first mentor to volunteer is matched.", "Send my answer",
                    List.of(new Field.Volunteer("volunteer", "Would you like to mentor them?"))),
            chemistry("chemistry-coach", "coach-chemistry", "After your first conversation with the thinker:"),
            chemistry("chemistry-thinker", "thinker-chemistry", "After your first conversation with your coach:"),
            new TaskForm("decide-after-attempts", "decide-after-attempts",
                    "Chemistry did not work out after the agreed number of attempts.", "Record decision",
                    List.of(choice("adminDecision", "What next?", "REMATCH", "Try another match", "CLOSE",
                                    "Close the case"),
                            new Field.Text("reason", "Reason (seen by you and the pool team)", "",
                                    AUTHOR_AND_POOL_ADMINS, "*"))),
            new TaskForm("decide-after-early-end", "decide-after-early-end",
                    "The relationship was ended early by the thinker or the coach.", "Record decision",
                    List.of(choice("earlyEndDecision", "What next?", "REMATCH", "Find another coach or mentor",
                                    "CLOSE", "Close the relationship"),
                            new Field.Text("reason", "Reason (seen by you and the pool team)", "",
                                    AUTHOR_AND_POOL_ADMINS, "*"))),
            new TaskForm("sessions-next-step", "agree-next-step",
                    "All the sessions in the contract have been held.", "Record next step",
                    List.of(choice("nextStep", "Agreed with the thinker:", "REVIEW", "Move on to the review",
                            "EXTEND", "Extend the contract (once only)"))),
            new TaskForm("contract", "record-contract",
                    "Record what the three of you agreed. Sessions stay confidential: the contract says how progress"
                            + " is reviewed without sharing what is discussed.", "Record contract",
                    List.of(new Field.Text("outcomes", "Intended outcomes", "What will be different?", PARTICIPANTS,
                                    "*"),
                            new Field.Text("context", "Workplace context", "", PARTICIPANTS, ""),
                            new Field.Text("support", "How the sponsor will support the learning", "", PARTICIPANTS,
                                    ""),
                            new Field.Text("reviewMethod", "How progress will be reviewed without sharing content",
                                    "", PARTICIPANTS, "*"),
                            new Field.Text("cadence", "How often and how long you will meet", "e.g. monthly, 90 minutes",
                                    PARTICIPANTS, "*"),
                            new Field.Count("plannedSessions", "Number of sessions", 1, 20, 6),
                            choice("sponsorInvolvement", "Sponsor involvement", "FULL",
                                    "Full: the sponsor confirms the contract", "LIGHT_TOUCH",
                                    "Light touch: the sponsor's confirmation is optional"),
                            new Field.FutureDate("reviewDate", "Review date"))),
            // The first two stay for confirmations begun before a concern could be raised (issue 28).
            confirm("contract-confirm-thinker", "thinker-confirms"),
            confirm("contract-confirm-sponsor", "sponsor-confirms"),
            respond("contract-response-thinker", "thinker-confirms", "thinkerContract"),
            respond("contract-response-sponsor", "sponsor-confirms", "sponsorContract"),
            new TaskForm("review-coach", "hold-review",
                    "Summarise the three-way review: progress against the intended outcomes and how learning is"
                            + " applied. Do not include what was said in sessions.", "Record review",
                    List.of(new Field.Text("summary", "Review summary (seen by the thinker, sponsor and pool team)",
                            "", PARTICIPANTS, "*"))),
            new TaskForm("review-sponsor", "record-observations",
                    "What have you observed in how your colleague applies their learning?", "Record observations",
                    List.of(new Field.Text("observations", "Your observations (seen by the thinker, coach and pool"
                            + " team)", "", PARTICIPANTS, "*"))),
            new TaskForm("evaluation-thinker", "evaluate",
                    "How much has changed for you? 1 means no change, 5 means a great deal.", "Send evaluation",
                    ratings()),
            new TaskForm("follow-up-thinker", "follow-up-thinker",
                    "Your coaching or mentoring ended some months ago. Looking back now, how much has changed for"
                            + " you and stayed changed? 1 means no change, 5 means a great deal.", "Send answers",
                    ratings()),
            new TaskForm("follow-up-sponsor", "follow-up-sponsor",
                    "Your colleague's coaching or mentoring ended some months ago. How much change do you still see"
                            + " in their work? 1 means no change, 5 means a great deal.", "Send answers",
                    ratings()),
            new TaskForm("reflection-coach", "reflect",
                    "Reflect on the relationship for your own practice and supervision.", "Save reflection",
                    List.of(new Field.Text("reflection", "Your reflection (seen by you only)", "", AUTHOR, "*"))))
            .stream().collect(Collectors.toMap(TaskForm::formKey, Function.identity()));

    /** Every form key this catalogue shows. */
    public Set<String> formKeys() {
        return Set.copyOf(forms.keySet());
    }

    /**
     * The form with this key: one of the app's own, or a Camunda form an admin linked, whose key
     * the engine gives as a number (the deployed form's key).
     */
    public Optional<TaskForm> find(String formKey) {
        if (formKey != null && formKey.matches("\\d{1,19}")) {
            // A deployed form's key names one version for good: read once, as case pages ask per answer.
            return Optional.ofNullable(linked.computeIfAbsent(formKey, key -> definitions.formSchema(Long.parseLong(key))
                    .map(schema -> FormSchemas.toTaskForm(key, schema)).orElse(null)));
        }
        return Optional.ofNullable(forms.get(formKey));
    }

    /**
     * Whether another form shows this one's answers for confirmation (the contract): then every
     * term is kept as an answer for the participants, not only the written ones, so the people
     * confirming see each term as recorded.
     */
    public boolean isConfirmedElsewhere(String formKey) {
        return forms.values().stream().anyMatch(form -> formKey.equals(form.shows()));
    }

    private static Field.Choice choice(String name, String label, String... valuesAndLabels) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < valuesAndLabels.length; i += 2) {
            options.put(valuesAndLabels[i], valuesAndLabels[i + 1]);
        }
        return new Field.Choice(name, label, options);
    }

    /** The three areas reports follow, rated 1 to 5, and a comment for the pool team. */
    private static List<Field> ratings() {
        return List.of(new Field.Rating("confidence", "Confidence"), new Field.Rating("performance", "Performance"),
                new Field.Rating("leadership", "Leadership"),
                new Field.Text("comment", "Anything else? (seen by you and the pool team)", "", AUTHOR_AND_POOL_ADMINS,
                        ""));
    }

    private static TaskForm chemistry(String formKey, String elementId, String intro) {
        return new TaskForm(formKey, elementId, intro, "Send my answer",
                List.of(choice("chemistry", "Is this the right fit?", "GO", "Yes, let's work together", "NO_GO",
                                "No, it is not the right fit"),
                        new Field.Text("reason", "Why not? (seen by you and the pool team only)", "",
                                AUTHOR_AND_POOL_ADMINS, "chemistry=NO_GO")));
    }

    /**
     * Agreeing to the contract, or raising a concern that sends it back to the coach or mentor
     * with the concern: the thinker and the sponsor each answer in a variable of their own, as
     * they answer at the same time.
     */
    private static TaskForm respond(String formKey, String elementId, String variable) {
        return new TaskForm(formKey, elementId, "Read the contract your coach or mentor recorded. If something in it "
                + "is not right for you, say so: it goes back to them to change, and you are asked again.",
                "Send my answer",
                List.of(choice(variable, "Do you agree to this contract?", "AGREE", "Yes, I agree to it",
                                "CONCERN", "No, I have a concern: send it back to the coach or mentor"),
                        new Field.Text("comment", CONCERN_LABEL, "", PARTICIPANTS, variable + "=CONCERN")),
                "contract");
    }

    private static TaskForm confirm(String formKey, String elementId) {
        return new TaskForm(formKey, elementId, "Please read the contract your coach recorded and confirm it.",
                "Confirm contract",
                List.of(new Field.Confirm("agreed", "I agree to this contract"),
                        new Field.Text("comment", "Comment (seen by the thinker, coach, sponsor and pool team)", "",
                                PARTICIPANTS, "")), "contract");
    }
}

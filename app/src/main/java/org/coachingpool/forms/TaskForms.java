package org.coachingpool.forms;

import java.util.ArrayList;
import java.util.Comparator;
import org.coachingpool.platform.Problems;
import org.coachingpool.platform.StorableText;
import org.coachingpool.platform.UkDates;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.ConfidentialRead;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.encryption.TextVault;
import org.coachingpool.people.People;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.Role;
import org.coachingpool.security.UserId;
import org.coachingpool.worklist.TaskDrafts;
import org.coachingpool.worklist.WorkItem;
import org.coachingpool.worklist.WorkItemId;
import org.coachingpool.worklist.WorkItemUnavailableException;
import org.coachingpool.worklist.Worklist;
import org.springframework.context.ApplicationEventPublisher;
import org.coachingpool.cases.Cases;
import org.coachingpool.forms.repository.AnswerRepository;
import org.coachingpool.forms.repository.AnswerRepository.StoredAnswer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completes tasks through their catalogued forms. Choices, counts and dates are checked and sent
 * to the engine; written answers are stored with their visibility and read back only by those
 * allowed to see them.
 */
@Service
public class TaskForms {

    public static final int TEXT_MAX = 8000;
    /** Every written answer is sealed: a reflection, a private reason or an agreed outcome (ADR 0020). */
    static final String ANSWER = "task_answer.value";

    private final FormCatalogue catalogue;
    private final Worklist worklist;
    private final AnswerRepository answersStored;
    private final Cases cases;
    private final TaskDrafts drafts;
    private final Clock clock;

    private final People people;

    private final ApplicationEventPublisher events;

    private final TextVault vault;

    TaskForms(FormCatalogue catalogue, Worklist worklist, AnswerRepository answersStored, Cases cases, TaskDrafts drafts, Clock clock,
            People people, ApplicationEventPublisher events,
            TextVault vault) {
        this.vault = vault;
        this.events = events;
        this.people = people;
        this.catalogue = catalogue;
        this.worklist = worklist;
        this.answersStored = answersStored;
        this.cases = cases;
        this.drafts = drafts;
        this.clock = clock;
    }

    /** The task and its form, if the task is the user's and has a catalogued form. */
    public Map.Entry<WorkItem, TaskForm> open(WorkItemId itemId, CurrentUser user) {
        WorkItem item = worklist.get(itemId, user);
        TaskForm form = catalogue.find(item.formKey())
                .filter(f -> f.elementId() == null || f.elementId().equals(item.elementId()))
                .orElseThrow(() -> new WorkItemUnavailableException("This task has no form here."));
        return Map.entry(item, form);
    }

    /**
     * @throws InvalidInputException naming the first field to correct
     * @throws WorkItemUnavailableException when the task is done already or not the user's
     */
    @Transactional
    public void submit(WorkItemId itemId, CurrentUser user, Map<String, String> values) {
        var opened = open(itemId, user);
        WorkItem item = opened.getKey();
        TaskForm form = opened.getValue();
        Map<String, Object> engine = new HashMap<>();
        Map<String, Field.Text> texts = new HashMap<>();
        var problems = new Problems();
        for (Field field : form.fields()) {
            String value = trimmed(values.get(field.name()));
            try {
            switch (field) {
                case Field.Choice choice -> {
                    if (value == null || !choice.options().containsKey(value)) {
                        throw new InvalidInputException(field.name(), missing(field));
                    }
                    engine.put(field.name(), value);
                }
                case Field.Count count -> engine.put(field.name(), count(count, value));
                case Field.FutureDate date -> engine.put(field.name(), futureDate(date, value).toString());
                case Field.Volunteer volunteer -> {
                    if (!"YES".equals(value) && !"NO".equals(value)) {
                        throw new InvalidInputException(field.name(), "Say whether you would like to volunteer.");
                    }
                    if ("YES".equals(value)) {
                        engine.put(field.name(), user.username());
                    }
                }
                case Field.Rating rating -> {
                    if (value == null || !value.matches("[1-5]")) {
                        throw new InvalidInputException(field.name(), "Choose a rating from 1 to 5.");
                    }
                    texts.put(field.name(), new Field.Text(field.name(), field.label(), "",
                            Visibility.AUTHOR_AND_POOL_ADMINS, "*"));
                }
                case Field.Confirm confirm -> {
                    if (!"true".equals(value)) {
                        throw new InvalidInputException(field.name(), "Tick the box to confirm.");
                    }
                }
                case Field.Text text -> {
                    if (value == null && requiredNow(text, values)) {
                        throw new InvalidInputException(field.name(), missing(field));
                    }
                    StorableText.require(field.name(), "this answer", value);
                    if (value != null && value.length() > TEXT_MAX) {
                        throw new InvalidInputException(field.name(), "This answer must be " + TEXT_MAX
                                + " characters or fewer.");
                    }
                    texts.put(field.name(), text);
                }
            }
            } catch (InvalidInputException problem) {
                // Every field is checked, so the person sees every problem at once.
                problem.problems().forEach(p -> problems.add(p.field(), p.message()));
            }
        }
        problems.throwIfAny();
        if (catalogue.isConfirmedElsewhere(form.formKey()) || form.shows() != null) {
            // Numbers, dates and choices of a contract are terms too: keep them for the confirmations;
            // and whether each person agreed to it, or raised a concern, is part of its record.
            for (Field field : form.fields()) {
                if (!(field instanceof Field.Text) && !texts.containsKey(field.name())
                        && trimmed(values.get(field.name())) != null) {
                    texts.put(field.name(), new Field.Text(field.name(), field.label(), "", Visibility.PARTICIPANTS, ""));
                }
            }
        }
        worklist.complete(itemId, item.elementId(), user, engine);
        // One moment for the whole submission: it is what tells one submission's answers from another's.
        var answeredAt = clock.instant();
        texts.forEach((name, text) -> {
            String value = trimmed(values.get(name));
            if (value != null) {
                answersStored.insert(new StoredAnswer(itemId, item.caseId(),
                        form.formKey(), name, vault.seal(value, ANSWER), text.visibility(), user.id(), answeredAt));
            }
        });
        var ratings = new LinkedHashMap<String, Integer>();
        form.fields().stream().filter(Field.Rating.class::isInstance)
                .forEach(field -> ratings.put(field.name(), Integer.parseInt(trimmed(values.get(field.name())))));
        if (!ratings.isEmpty() && item.caseId() != null) {
            events.publishEvent(new RatingsGiven(item.caseId(), form.formKey(),
                    user.id(), Map.copyOf(ratings), clock.instant()));
        }
    }

    /**
     * The answers of one form on a case that the viewer may read, in the order the form asks
     * them: what the people confirming a contract read.
     */
    public List<Answer> inFormOrder(CaseId caseId, String formKey, CurrentUser viewer) {
        // A form done again (a contract changed after a concern) is read as last recorded.
        var all = answers(caseId, formKey, viewer);
        return all.stream().map(TaskForms::moment).max(Comparator.naturalOrder())
                .map(last -> all.stream().filter(a -> moment(a).equals(last)).toList()).orElse(List.of());
    }

    /** One submission's answers are stored with one timestamp: it tells submissions apart. */
    private static Instant moment(Answer answer) {
        return answer.answeredAt();
    }

    /** A concern about the contract: who raised it and what they wrote. */
    public record Concern(String byName, String comment) {
    }

    /**
     * The concerns raised about the contract since it was last recorded, as the viewer may read
     * them (participants all may): what the coach or mentor changes it for.
     */
    public List<Concern> contractConcerns(CaseId caseId, CurrentUser viewer) {
        var all = answers(caseId, null, viewer);
        Instant recorded = all.stream().filter(a -> a.formKey().equals(CONTRACT_FORM)).map(TaskForms::moment)
                .max(Comparator.naturalOrder()).orElse(Instant.MIN);
        var concerns = new ArrayList<Concern>();
        all.stream().filter(a -> moment(a).isAfter(recorded))
                .filter(a -> RelationshipProcess.CONTRACT_CONCERN.equals(a.value())
                        && (a.field().equals(RelationshipProcess.VAR_THINKER_CONTRACT)
                        || a.field().equals(RelationshipProcess.VAR_SPONSOR_CONTRACT)))
                .forEach(choice -> concerns.add(new Concern(choice.authorName(), all.stream()
                        .filter(a -> a.formKey().equals(choice.formKey()) && a.field().equals("comment")
                                && moment(a).equals(moment(choice)) && Objects.equals(a.authorName(), choice.authorName()))
                        .map(Answer::value).findFirst().orElse(""))));
        return concerns;
    }

    /**
     * What the person last answered on this form in this case, for a form they are asked to do
     * again: a contract sent back with a concern starts from its terms, not from nothing.
     */
    public Map<String, String> lastAnswers(WorkItem item, TaskForm form, CurrentUser author) {
        // Only terms others confirm (the contract) carry over: a chemistry reason written about one
        // coach must not reappear, ready to send, in the check with the next one.
        if (item.caseId() == null || !catalogue.isConfirmedElsewhere(form.formKey())) {
            return Map.of();
        }
        var values = new HashMap<String, String>();
        answersStored.lastSubmission(item.caseId(), form.formKey(), author.id())
                .forEach(answer -> values.put(answer.field(), vault.open(answer.sealedValue(), ANSWER)));
        return values;
    }

    /** The form on which the coach or mentor records the contract. */
    static final String CONTRACT_FORM = "contract";

    /** The label a form gives one of its fields, for showing answers to people. */
    public String labelOf(String formKey, String field) {
        // The form's hint on who sees an answer, and its "Your", are for the person writing it: a
        // reader sees "Observations (Tom Bennett)", not "Your observations (Tom Bennett)".
        String label = catalogue.find(formKey).flatMap(form -> form.fields().stream()
                .filter(f -> f.name().equals(field)).map(Field::label).findFirst()).orElse(field)
                .replaceAll("\\s*\\(seen by [^)]*\\)", "");
        return label.startsWith("Your ") && label.length() > 5
                ? Character.toUpperCase(label.charAt(5)) + label.substring(6) : label;
    }

    /**
     * An answer as people read it: a date day first in words, a chosen option by its label, a
     * ticked box as "Yes"; free text as written.
     */
    public String display(Answer answer) {
        var field = catalogue.find(answer.formKey()).flatMap(form -> form.fields().stream()
                .filter(f -> f.name().equals(answer.field())).findFirst());
        if (field.isEmpty() || answer.value() == null) {
            return answer.value();
        }
        return switch (field.get()) {
            case Field.FutureDate date -> {
                try {
                    yield UkDates.date(LocalDate.parse(answer.value()));
                } catch (DateTimeParseException notADate) {
                    yield answer.value();
                }
            }
            case Field.Choice choice -> choice.options().getOrDefault(answer.value(), answer.value());
            case Field.Confirm confirm -> "true".equals(answer.value()) ? "Yes" : answer.value();
            default -> answer.value();
        };
    }

    private static String lowerFirst(String label) {
        // Keep acronyms and names as written ("ILM", "GROW"); lower only an ordinary first word.
        return label.length() > 1 && Character.isUpperCase(label.charAt(0)) && Character.isLowerCase(label.charAt(1))
                ? Character.toLowerCase(label.charAt(0)) + label.substring(1) : label;
    }

    /** Keeps a half-filled form for its author; nothing is sent anywhere. */
    public void saveDraft(WorkItemId itemId, CurrentUser user, Map<String, String> values) {
        open(itemId, user);
        drafts.save(itemId, user, values);
    }

    public Map<String, String> draft(WorkItemId itemId, CurrentUser user) {
        return drafts.load(itemId, user);
    }

    /**
     * The written answers on a case that the viewer may read: their own, and others' as each
     * answer's visibility allows for the viewer's part in the case. Someone with no part in the
     * case reads nothing.
     *
     * @param formKey one form's answers, or null for all
     */
    public List<Answer> answers(CaseId caseId, String formKey, CurrentUser viewer) {
        ParticipantRole role = roleIn(caseId, viewer);
        /** @param confidential whether it was written for fewer than all participants */
        record Visible(Answer answer, UUID author, boolean confidential) {
        }
        var readable = answersStored.ofCase(caseId, formKey).stream()
                .filter(stored -> {
                    boolean author = stored.author().equals(viewer.id());
                    return author || switch (stored.visibility()) {
                        case AUTHOR -> false;
                        case AUTHOR_AND_POOL_ADMINS -> viewer.has(Role.POOL_ADMIN) && role == ParticipantRole.POOL_ADMIN;
                        case THINKER_AND_COACH -> role == ParticipantRole.THINKER || role == ParticipantRole.COACH;
                        case PARTICIPANTS -> role != null;
                    };
                })
                .map(stored -> new Visible(new Answer(stored.formKey(), stored.field(),
                        vault.open(stored.sealedValue(), ANSWER), null, stored.answeredAt()), stored.author().value(),
                        stored.visibility() != Visibility.PARTICIPANTS))
                .toList();
        long confidential = readable.stream().filter(Visible::confidential).count();
        if (confidential > 0) {
            events.publishEvent(new ConfidentialRead(caseId,
                    viewer.id(), confidential == 1 ? "1 answer written in confidence"
                            : confidential + " answers written in confidence"));
        }
        // Authors' names come from the people feature, which owns them.
        var names = people.names(readable.stream().map(v -> new UserId(v.author())).toList());
        return readable.stream().map(v -> new Answer(v.answer().formKey(), v.answer().field(), v.answer().value(),
                names.get(new UserId(v.author())), v.answer().answeredAt()))
                .sorted(inFormOrder()).toList();
    }

    /**
     * Answers as the form asked them: one submission's answers share a moment, and
     * within it follow the form's fields, so a contract reads in its own order and ratings are not
     * shuffled into alphabetical order of their names.
     */
    private Comparator<Answer> inFormOrder() {
        return Comparator.comparing(TaskForms::moment)
                .thenComparing(Answer::formKey)
                .thenComparingInt(a -> catalogue.find(a.formKey()).map(form -> position(form, a.field()))
                        .orElse(Integer.MAX_VALUE));
    }

    private static int position(TaskForm form, String field) {
        for (int i = 0; i < form.fields().size(); i++) {
            if (form.fields().get(i).name().equals(field)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** How a viewer takes part in a case. */
    enum ParticipantRole { THINKER, SPONSOR, COACH, POOL_ADMIN }

    private ParticipantRole roleIn(CaseId caseId, CurrentUser viewer) {
        return cases.find(caseId).map(summary -> {
            UserId me = viewer.id();
            if (me.equals(summary.thinker())) {
                return ParticipantRole.THINKER;
            }
            if (me.equals(summary.coach())) {
                return ParticipantRole.COACH;
            }
            if (me.equals(summary.sponsor())) {
                return ParticipantRole.SPONSOR;
            }
            return viewer.has(Role.POOL_ADMIN) ? ParticipantRole.POOL_ADMIN : null;
        }).orElse(null);
    }

    private static boolean requiredNow(Field.Text text, Map<String, String> values) {
        if (text.requiredWhen().equals("*")) {
            return true;
        }
        if (text.requiredWhen().isEmpty()) {
            return false;
        }
        String[] condition = text.requiredWhen().split("=", 2);
        return condition[1].equals(values.get(condition[0]));
    }

    private static int count(Field.Count count, String value) {
        try {
            int n = Integer.parseInt(value == null ? "" : value);
            if (n < count.min() || n > count.max()) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(count.name(), "Enter a whole number from " + count.min() + " to "
                    + count.max() + ".");
        }
    }

    private LocalDate futureDate(Field.FutureDate field, String value) {
        try {
            LocalDate date = LocalDate.parse(value == null ? "" : value);
            LocalDate today = LocalDate.now(clock);
            LocalDate latest = Field.FutureDate.latest(today);
            if (!date.isAfter(today) || date.isAfter(latest)) {
                // The date as it was read, so that a month and day typed the American way shows.
                throw new InvalidInputException(field.name(), "Choose a date after today and no later than "
                        + UkDates.DATE.format(latest) + ". The date entered reads as "
                        + UkDates.DATE.format(date) + "; enter it day first, like 15/03/2027.");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field.name(), value == null || value.isBlank() ? "Enter a date."
                    : "Enter the date day first, like 15/03/2027.");
        }
    }

    /**
     * What to say when a needed answer is missing: the words written for the app's own questions,
     * or, for a form made in the modeller, words made from its label without the note of who
     * reads the answer ("Why not? (seen by you and the pool team only)" is asked as "Why not?").
     */
    static String missing(Field field) {
        String written = FormCatalogue.MISSING.get(field.label());
        if (written != null) {
            return written;
        }
        String label = field.label().replaceAll("\\s*\\([^)]*\\)\\s*$", "").replaceAll("[:\\s]+$", "").strip();
        boolean question = label.endsWith("?");
        return switch (field) {
            case Field.Choice choice -> question ? "Select an answer to \u201c" + label + "\u201d."
                    : "Choose " + lowerFirst(label) + ".";
            default -> question ? "Answer \u201c" + label + "\u201d." : "Enter " + lowerFirst(label) + ".";
        };
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package org.coachingpool.forms;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import java.util.stream.Collectors;
import org.coachingpool.cases.CaseSummary;
import org.coachingpool.cases.Cases;
import org.coachingpool.forms.repository.AnswerRepository;
import org.coachingpool.forms.repository.AnswerRepository.StoredAnswer;
import org.coachingpool.worklist.Worklist;
import org.coachingpool.encryption.TextVault;
import org.coachingpool.platform.PersonalData;
import org.coachingpool.platform.UkDates;
import org.coachingpool.security.UserId;
import org.springframework.stereotype.Component;

/**
 * Answers in task forms: everything the person wrote, and what others wrote for them to see (an
 * answer shared with the thinker and coach, or with everyone in the relationship). Answers others
 * wrote for themselves or for the pool team alone are left out.
 */
@Component
class FormsPersonalData implements PersonalData {

    private final AnswerRepository answers;
    private final TextVault vault;
    private final TaskForms forms;
    private final Cases cases;
    private final Worklist worklist;

    FormsPersonalData(AnswerRepository answers, TextVault vault, TaskForms forms, Cases cases, Worklist worklist) {
        this.answers = answers;
        this.vault = vault;
        this.forms = forms;
        this.cases = cases;
        this.worklist = worklist;
    }

    @Override
    public List<Section> about(UserId person) {
        var involved = cases.involving(person).stream().collect(Collectors.toMap(CaseSummary::id, c -> c));
        var found = answers.byOrAbout(person, involved.keySet()).stream()
                .filter(a -> a.author().equals(person) || readsAsParticipant(a, involved.get(a.caseId()), person))
                .toList();
        var references = cases.byIds(found.stream().map(StoredAnswer::caseId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        var titles = worklist.titles(found.stream().map(StoredAnswer::item).collect(Collectors.toSet()));
        var rows = found.stream().map(stored -> {
            var answer = new Answer(stored.formKey(), stored.field(), vault.open(stored.sealedValue(), TaskForms.ANSWER),
                    null, stored.answeredAt());
            var summary = stored.caseId() == null ? null : references.get(stored.caseId());
            var row = List.of(summary == null ? "" : summary.reference(), titles.getOrDefault(stored.item(), ""),
                    forms.labelOf(answer.formKey(), answer.field()), forms.display(answer),
                    stored.author().equals(person) ? "You" : "Someone else in the relationship",
                    UkDates.date(answer.answeredAt()));
            return Map.entry(poolTeamReads(stored.visibility()), row);
        }).toList();
        var headings = List.of("Case", "Task", "Question", "Answer", "Written by", "On");
        return List.of(
                new Section("Answers in forms", "What you wrote in the service's forms, and what others in your "
                        + "relationships wrote for you to see.", headings,
                        rows.stream().filter(Map.Entry::getKey).map(Map.Entry::getValue).toList()),
                new Section("Private answers in forms", "What you wrote for yourself alone or for you and your coach "
                        + "or mentor, and what they wrote for you: the pool team does not read these.", headings,
                        rows.stream().filter(e -> !e.getKey()).map(Map.Entry::getValue).toList(),
                        Set.of(3)));
    }

    /** Whether someone else's answer is written for this person to read, by their part in its case. */
    private static boolean readsAsParticipant(StoredAnswer answer, CaseSummary summary, UserId person) {
        if (summary == null) {
            return false;
        }
        boolean thinkerOrCoach = person.equals(summary.thinker()) || person.equals(summary.coach());
        return switch (answer.visibility()) {
            case PARTICIPANTS -> thinkerOrCoach || person.equals(summary.sponsor());
            case THINKER_AND_COACH -> thinkerOrCoach;
            default -> false;
        };
    }

    /** Whether the pool team may read an answer shown to these people (the statement in ConfidentialText). */
    static boolean poolTeamReads(Visibility visibility) {
        return visibility == Visibility.AUTHOR_AND_POOL_ADMINS || visibility == Visibility.PARTICIPANTS;
    }
}

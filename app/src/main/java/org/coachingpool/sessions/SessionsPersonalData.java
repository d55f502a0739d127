package org.coachingpool.sessions;

import java.util.List;
import java.util.Set;
import org.coachingpool.encryption.TextVault;
import org.coachingpool.platform.PersonalData;
import org.coachingpool.platform.UkDates;
import org.coachingpool.security.UserId;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.CaseSummary;
import org.coachingpool.cases.Cases;
import org.coachingpool.sessions.repository.SessionRepository;
import org.coachingpool.sessions.repository.SessionRepository.StoredEarlyEnd;
import org.coachingpool.sessions.repository.SessionRepository.StoredSession;
import org.springframework.stereotype.Component;

/**
 * Sessions: for a thinker, the dates and the actions agreed with them; for a coach or mentor, the
 * sessions they logged with their own notes. A coach's private notes are never in a thinker's copy;
 * a reason for ending early is in its author's copy alone.
 */
@Component
class SessionsPersonalData implements PersonalData {

    private final SessionRepository rows;
    private final Cases cases;
    private final TextVault vault;

    SessionsPersonalData(SessionRepository rows, Cases cases, TextVault vault) {
        this.rows = rows;
        this.cases = cases;
        this.vault = vault;
    }

    @Override
    public List<Section> about(UserId person) {
        var own = cases.asThinker(person).stream().map(CaseSummary::id).toList();
        var mine = rows.ofCases(own);
        var logged = rows.loggedBy(person);
        var endings = rows.earlyEndsBy(person);
        var references = cases.byIds(Stream.of(mine.stream().map(StoredSession::caseId),
                logged.stream().map(StoredSession::caseId), endings.stream().map(StoredEarlyEnd::caseId))
                .flatMap(ids -> ids).collect(Collectors.toSet()));
        Function<CaseId, String> reference = id -> references.containsKey(id) ? references.get(id).reference() : "";
        var asThinker = mine.stream().map(s -> List.of(reference.apply(s.caseId()), UkDates.date(s.heldOn()),
                Integer.toString(s.minutes()), mode(s.modality()), open(s.sealedActions(), Sessions.ACTIONS))).toList();
        var asCoach = logged.stream().map(s -> List.of(reference.apply(s.caseId()), UkDates.date(s.heldOn()),
                Integer.toString(s.minutes()), mode(s.modality()), open(s.sealedNotes(), Sessions.NOTES),
                open(s.sealedActions(), Sessions.ACTIONS))).toList();
        var ended = endings.stream().map(e -> List.of(reference.apply(e.caseId()),
                open(e.sealedReason(), Sessions.EARLY_END_REASON), UkDates.date(e.at()))).toList();
        return List.of(
                new Section("Your sessions", "Sessions in your relationships, and the actions agreed with you.",
                        List.of("Case", "Held on", "Minutes", "How", "Actions agreed"), asThinker, Set.of(4)),
                new Section("Sessions you logged as a coach or mentor", "With the notes you wrote for yourself.",
                        List.of("Case", "Held on", "Minutes", "How", "Your private notes", "Actions agreed"), asCoach,
                        Set.of(4, 5)),
                new Section("Relationships you asked to end early", "With the reason you gave.",
                        List.of("Case", "Your reason", "Asked on"), ended));
    }

    private String open(String stored, String column) {
        return stored == null ? "" : vault.open(stored, column);
    }

    private static String mode(SessionEntry.Modality modality) {
        return switch (modality) {
            case IN_PERSON -> "In person";
            case VIRTUAL -> "Video call";
            default -> "Phone";
        };
    }
}

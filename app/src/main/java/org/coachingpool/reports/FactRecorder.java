package org.coachingpool.reports;

import java.util.List;
import org.coachingpool.cases.CaseErasing;
import org.coachingpool.cases.CaseMoved;
import org.coachingpool.forms.RatingsGiven;
import org.coachingpool.ids.TypedId;
import org.coachingpool.matching.ChemistryNoGos;
import org.coachingpool.people.People;
import org.coachingpool.reports.repository.FactRepository;
import org.coachingpool.request.RelationshipRequested;
import org.coachingpool.sessions.SessionLogged;
import org.coachingpool.triage.TriageDecided;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the report figures as cases move. Listens inside the transaction that made the change, so
 * a figure commits or rolls back with it: reports never drift from the cases, and a job the
 * engine delivers twice changes nothing the second time (the publishers publish only real changes).
 */
@Component
class FactRecorder {

    /** The forms whose 1-to-5 ratings reports show. */
    static final List<String> RATED_FORMS = List.of(ImpactReports.EVALUATION, ImpactReports.FOLLOW_UP_THINKER,
            ImpactReports.FOLLOW_UP_SPONSOR);

    private final FactRepository facts;
    private final People people;

    FactRecorder(FactRepository facts, People people) {
        this.facts = facts;
        this.people = people;
    }

    @EventListener
    void onRequested(RelationshipRequested requested) {
        var organisation = people.organisationIds(List.of(requested.thinker())).get(requested.thinker());
        facts.requested(requested.caseId().value(), requested.thinker().value(), requested.sponsor().value(),
                TypedId.valueOf(organisation), requested.kindWanted().name(),
                requested.developmentAreas().stream().map(Enum::name).sorted().toArray(String[]::new), requested.at());
    }

    /** The figures stay; who they were about does not (ADR 0023). */
    @EventListener
    void onErasing(CaseErasing erasing) {
        facts.anonymise(erasing.caseId().value());
    }

    @EventListener
    void onMoved(CaseMoved moved) {
        facts.moved(moved.caseId().value(), moved.stage().name(), moved.stage().isFinal(), moved.at());
    }

    @EventListener
    void onTriaged(TriageDecided decided) {
        facts.triaged(decided.caseId().value(), decided.proposal(), decided.decision().name(), decided.at());
    }

    @EventListener
    void onNoGo(ChemistryNoGos noGos) {
        facts.noGos(noGos.caseId().value(), noGos.noGos());
    }

    @EventListener
    void onSession(SessionLogged session) {
        var organisation = people.organisationIds(List.of(session.coach())).get(session.coach());
        facts.session(session.caseId().value(), session.coach().value(), TypedId.valueOf(organisation), session.heldOn(),
                session.minutes());
    }

    @EventListener
    void onRatings(RatingsGiven given) {
        if (RATED_FORMS.contains(given.formKey())) {
            facts.rated(given.caseId().value(), given.formKey(), given.ratings().get("confidence"),
                    given.ratings().get("performance"), given.ratings().get("leadership"), given.at());
        }
    }
}

package org.coachingpool.records;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.coachingpool.cases.CaseSummary;
import org.coachingpool.cases.Cases;
import org.coachingpool.people.People;
import org.coachingpool.platform.AdminChange;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.platform.PersonErasing;
import org.coachingpool.platform.UkDates;
import org.coachingpool.pool.Onboarding;
import org.coachingpool.records.repository.RecordsRepository;
import org.coachingpool.safeguarding.Safeguarding;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.Role;
import org.coachingpool.security.UserId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erasure on request (UK GDPR Article 17): the cases a person asked for go whole, as at the end of
 * the retention period; then each feature deletes what it holds about them alone, and their
 * account is emptied. What must stay, and why, is said before the pool team confirms (ADR 0023).
 */
@Service
public class Erasure {

    private final People people;
    private final Cases cases;
    private final Retention retention;
    private final Safeguarding safeguarding;
    private final Onboarding onboarding;
    private final RecordsRepository records;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    Erasure(People people, Cases cases, Retention retention, Safeguarding safeguarding, Onboarding onboarding,
            RecordsRepository records, Clock clock, ApplicationEventPublisher events, TransactionTemplate transactions) {
        this.people = people;
        this.cases = cases;
        this.retention = retention;
        this.safeguarding = safeguarding;
        this.onboarding = onboarding;
        this.records = records;
        this.clock = clock;
        this.events = events;
        this.transactions = transactions;
    }

    /** @throws InvalidInputException when the viewer is not in the pool team or there is no such person */
    public ErasurePlan plan(UserId personId, CurrentUser admin) {
        admin.require(Role.POOL_ADMIN, Retention.POOL_TEAM_ONLY);
        var person = people.find(personId, admin)
                .orElseThrow(() -> new InvalidInputException("person", "That person does not exist."));
        var theirs = cases.asThinker(personId);
        List<String> blockers = new ArrayList<>();
        records.personErasedAt(personId.value()).ifPresent(at -> blockers.add(
                "This person's records were erased on " + UkDates.date(at) + "."));
        if (personId.equals(admin.id())) {
            blockers.add("You cannot erase your own records: ask another member of the pool team.");
        }
        var serving = cases.openServedBy(personId);
        if (!serving.isEmpty()) {
            blockers.add("They are the sponsor, coach or mentor in " + count(serving.size(), "open relationship")
                    + " (" + references(serving) + "). Those records belong to the thinkers: close the relationships, "
                    + "or find the thinkers another coach or mentor, first.");
        }
        if (safeguarding.lead().map(lead -> lead.id().equals(personId)).orElse(false)) {
            blockers.add("They are the pool's safeguarding lead: name another lead first, on \u201cSafeguarding lead\u201d.");
        }
        var held = theirs.stream().filter(c -> retention.waitsForSafeguarding(c.id())).toList();
        if (!held.isEmpty()) {
            blockers.add("The case " + references(held) + " must be kept for now for a safeguarding reason. "
                    + "The pool's safeguarding lead can say when it may be erased.");
        }
        if (onboarding.hasOpenOffer(personId)) {
            blockers.add("Their offer to coach or mentor is still open: take it to a decision on its task first.");
        }
        return new ErasurePlan(person, theirs, List.copyOf(blockers), kept());
    }

    /**
     * Erases the person's records. Each case is erased in a transaction of its own, as retention
     * does; if something fails part-way, what is done stays done and erasing again finishes it.
     *
     * @throws InvalidInputException naming what stops it, when anything does
     */
    public void erase(UserId personId, CurrentUser admin) {
        var plan = plan(personId, admin);
        if (!plan.mayGoAhead()) {
            throw new InvalidInputException("person", plan.blockers().getFirst());
        }
        for (CaseSummary theirs : plan.cases()) {
            cases.ending(theirs.id()).ifPresent(target -> retention.erase(target, ErasureReason.REQUEST, admin.id()));
        }
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new PersonErasing(personId));
            people.anonymise(personId);
            records.personErased(personId.value(), admin.id().value(), plan.cases().size(), clock.instant());
            events.publishEvent(new AdminChange(admin.id(), AdminChange.Area.RECORDS,
                    "Erased a person's records at their request, with " + count(plan.cases().size(), "case"), personId));
        });
    }

    private static List<String> kept() {
        return List.of(
                "Figures in reports (people supported, hours, sessions and ratings), with no name or id on them.",
                "What they did in other people's cases, such as answers given as a sponsor or sessions logged as a "
                        + "coach or mentor. It is part of those people's records and goes when each of those cases "
                        + "reaches the end of its retention period. Their name is no longer shown on it.",
                "A coach's or mentor's hours in the pool's ledger of pledged time, with no name on them.",
                "The audit log of who opened and changed records. It holds ids and dates, not names or anything "
                        + "people wrote, and cannot be changed, so the pool can show it looked after records "
                        + "properly (UK GDPR Article 5(2)).");
    }

    private static String references(List<CaseSummary> list) {
        return String.join(", ", list.stream().map(CaseSummary::reference).toList());
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}

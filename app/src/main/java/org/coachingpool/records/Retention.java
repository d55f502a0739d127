package org.coachingpool.records;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.Cases;
import org.coachingpool.cases.ClosedCase;
import org.coachingpool.people.People;
import org.coachingpool.platform.AdminChange;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.platform.UkDates;
import org.coachingpool.records.repository.RecordsRepository;
import org.coachingpool.safeguarding.Safeguarding;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.Role;
import org.coachingpool.security.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The pool's retention period and the erasure of cases: each day, every case closed longer ago
 * than the period is erased, leaving only anonymous figures (ADR 0023). A case is erased by
 * cancelling what the engine still runs for it, then deleting its row, which takes everything
 * hanging off it.
 */
@Service
public class Retention {

    /** The refusal for anyone but the pool team. */
    static final String POOL_TEAM_ONLY = "Only the pool team can manage records.";

    private static final Logger log = LoggerFactory.getLogger(Retention.class);
    public static final int YEARS_MIN = 1;
    public static final int YEARS_MAX = 10;
    static final int BATCH = 200;
    public static final int MOST_SHOWN = 200;

    private final RecordsRepository records;
    private final Cases cases;
    private final Safeguarding safeguarding;
    private final People people;
    private final CamundaClient engine;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    Retention(RecordsRepository records, Cases cases, Safeguarding safeguarding, People people, CamundaClient engine,
            Clock clock, ApplicationEventPublisher events, TransactionTemplate transactions) {
        this.records = records;
        this.cases = cases;
        this.safeguarding = safeguarding;
        this.people = people;
        this.engine = engine;
        this.clock = clock;
        this.events = events;
        this.transactions = transactions;
    }

    public RetentionSetting setting() {
        var stored = records.setting();
        return new RetentionSetting(stored.yearsAfterClose(),
                stored.changedBy() == null ? null : people.displayName(new UserId(stored.changedBy())).orElse(null),
                stored.changedAt());
    }

    /** Cases that closed before this day are erased at the next sweep. */
    public LocalDate erasesClosedBefore() {
        return LocalDate.now(clock.withZone(UkDates.UK_TIME)).minusYears(records.setting().yearsAfterClose());
    }

    /**
     * @throws InvalidInputException naming the allowed range, or when the person is not in the pool team
     */
    @Transactional
    public void change(Integer years, CurrentUser admin) {
        admin.require(Role.POOL_ADMIN, POOL_TEAM_ONLY);
        if (years == null || years < YEARS_MIN || years > YEARS_MAX) {
            throw new InvalidInputException("years", "Enter a whole number of years from " + YEARS_MIN + " to "
                    + YEARS_MAX + ".");
        }
        int before = records.setting().yearsAfterClose();
        if (before == years) {
            return;
        }
        records.changeSetting(years, admin.id().value(), clock.instant());
        events.publishEvent(new AdminChange(admin.id(), AdminChange.Area.RECORDS,
                "Changed the retention period from " + years(before) + " to " + years(years) + " after a case closes"));
    }

    /** What was erased, newest first; a reference narrows it to that case. */
    public List<ErasedCase> erased(String reference, CurrentUser admin) {
        admin.require(Role.POOL_ADMIN, POOL_TEAM_ONLY);
        String wanted = reference == null || reference.isBlank() ? null : reference.strip().toUpperCase();
        var rows = records.erasedCases(wanted, MOST_SHOWN);
        var names = people.names(rows.stream().map(RecordsRepository.StoredErasedCase::erasedBy)
                .filter(Objects::nonNull).map(UserId::new).toList());
        return rows.stream().map(row -> new ErasedCase(row.reference(), ErasureReason.valueOf(row.reason()),
                row.closedAt(), row.erasedAt(),
                row.erasedBy() == null ? "The service" : names.getOrDefault(new UserId(row.erasedBy()), "Someone since removed")))
                .toList();
    }

    /**
     * Erases every case closed before the retention period began, a batch at a time. A case with a
     * safeguarding concern the lead has not answered waits; so does every case when the engine
     * cannot be reached (the next sweep tries again).
     *
     * @return how many cases were erased
     */
    @Scheduled(cron = "${coachingpool.records.sweep-cron:0 40 2 * * *}", zone = "Europe/London")
    public int sweep() {
        Instant before = erasesClosedBefore().atStartOfDay(UkDates.UK_TIME).toInstant();
        int erased = 0;
        var waiting = new HashSet<CaseId>();
        while (true) {
            var due = cases.closedBefore(before, BATCH + waiting.size()).stream()
                    .filter(closed -> !waiting.contains(closed.id())).toList();
            if (due.isEmpty()) {
                break;
            }
            for (ClosedCase closed : due) {
                if (safeguarding.hasUnansweredConcern(closed.id())) {
                    waiting.add(closed.id());
                    continue;
                }
                try {
                    erase(closed, ErasureReason.RETENTION, null);
                    erased++;
                } catch (RuntimeException e) {
                    log.warn("Retention: case {} was not erased and will be tried at the next sweep", closed.reference(), e);
                    return erased;
                }
            }
        }
        if (erased > 0 || !waiting.isEmpty()) {
            log.info("Retention: erased {} cases closed before {}; {} wait for a safeguarding lead", erased,
                    UkDates.date(before), waiting.size());
        }
        return erased;
    }

    /**
     * Erases one case: the engine first (a case it still runs would otherwise give people tasks on a
     * case that is gone), then the rows, in one transaction with the audit entry.
     */
    void erase(ClosedCase target, ErasureReason reason, UserId by) {
        if (target.processInstanceKey() != null) {
            cancel(target.processInstanceKey());
        }
        transactions.executeWithoutResult(status -> {
            if (!cases.erase(target.id())) {
                return;
            }
            records.caseErased(target.id().value(), target.reference(), reason.name(), target.closedAt(),
                    clock.instant(), by == null ? null : by.value());
            events.publishEvent(new AdminChange(by, AdminChange.Area.RECORDS, "Erased the case " + target.reference()
                    + ": " + reason.label().toLowerCase()));
        });
    }

    private void cancel(long processInstanceKey) {
        try {
            engine.newCancelInstanceCommand(processInstanceKey).requestTimeout(Duration.ofSeconds(10)).send().join();
        } catch (ClientStatusException e) {
            if (e.getStatus().getCode() != Status.Code.NOT_FOUND) {
                throw e;
            }
            // Ended already: the usual case for a closed relationship.
        }
    }

    boolean waitsForSafeguarding(CaseId id) {
        return safeguarding.hasUnansweredConcern(id);
    }

    static String years(int years) {
        return years == 1 ? "1 year" : years + " years";
    }

}

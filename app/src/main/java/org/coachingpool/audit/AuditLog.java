package org.coachingpool.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.coachingpool.audit.repository.AuditRepository;
import org.coachingpool.audit.repository.AuditRow;
import org.coachingpool.cases.CaseId;
import org.coachingpool.encryption.TextVault;
import org.coachingpool.people.People;
import org.coachingpool.people.PersonRecord;
import org.coachingpool.platform.UkDates;
import org.coachingpool.safeguarding.Safeguarding;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.Role;
import org.coachingpool.security.UserId;
import org.coachingpool.worklist.WorkItemUnavailableException;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log: entries are only ever added, each linked to the one before by a hash keyed with
 * a key the database does not hold; the head of the chain is anchored outside the database each
 * day. Pool admins search it by case and person, and anyone can ask whether the chain is intact.
 */
@Service
public class AuditLog {

    public static final int MOST_SHOWN = 500;

    private final AuditRepository repository;
    private final People people;
    private final Clock clock;
    private final TransactionTemplate apart;
    private final TransactionTemplate own;
    private volatile ChainCheck latest;

    private final Safeguarding safeguarding;

    /** The purpose the audit chain's keyed hashes are made for. */
    static final String CHAIN = "audit_event.hash";
    private final TextVault vault;
    private final AuditAnchors anchors;
    private final ApplicationEventPublisher events;

    AuditLog(AuditRepository repository, People people, Clock clock, PlatformTransactionManager transactions,
            Safeguarding safeguarding, TextVault vault,
            AuditAnchors anchors, ApplicationEventPublisher events) {
        this.vault = vault;
        this.anchors = anchors;
        this.events = events;
        this.safeguarding = safeguarding;
        this.repository = repository;
        this.people = people;
        this.clock = clock;
        this.apart = new TransactionTemplate(transactions);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.own = new TransactionTemplate(transactions);
    }

    /** An entry to append: ids, and a detail in the app's words. */
    record Pending(UserId actor, AuditAction action, CaseId caseId, String caseReference, UserId subject,
            String detail) {
    }

    /**
     * Appends with the caller's transaction: it is on record if and only if what it describes
     * committed. The link to the chain is made just before the commit, so that the lock every
     * append takes is held for moments, not for the caller's whole transaction.
     */
    void recordWithChange(Pending entry) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            own.executeWithoutResult(status -> append(entry));
            return;
        }
        @SuppressWarnings("unchecked")
        List<Pending> pending = (List<Pending>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            List<Pending> fresh = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(this, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    fresh.forEach(AuditLog.this::append);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(AuditLog.this);
                }
            });
            pending = fresh;
        }
        pending.add(entry);
    }

    /**
     * Appends at once in a transaction of its own: a refusal stays on record although the
     * request it refused is rolled back, and a read is on record before the text is shown.
     */
    void recordApart(Pending entry) {
        apart.executeWithoutResult(status -> append(entry));
    }

    /**
     * As {@link #recordApart}, but once a day: a person who opens the same case page ten times a
     * day, reading the same notes, is one entry for that day, not ten. A read of more (another
     * session logged since) has other words and is recorded again.
     */
    void recordApartOncePerDay(Pending entry) {
        var startOfDay = LocalDate.now(clock.withZone(UkDates.UK_TIME))
                .atStartOfDay(UkDates.UK_TIME).toInstant();
        if (entry.actor() != null && entry.caseId() != null && repository.recordedSince(entry.actor().value(),
                entry.action().name(), entry.caseId().value(), entry.detail(), startOfDay)) {
            return;
        }
        recordApart(entry);
    }

    private void append(Pending entry) {
        repository.append(clock.instant(), value(entry.actor()), entry.action().name(),
                entry.caseId() == null ? null : entry.caseId().value(), entry.caseReference(), value(entry.subject()),
                entry.detail(), text -> vault.mac(text, CHAIN));
    }

    /**
     * Entries matching the filter, newest first, with people's names as they are now.
     *
     * @throws WorkItemUnavailableException unless the viewer is a pool admin
     */
    public List<AuditEntry> find(AuditFilter filter, CurrentUser viewer) {
        if (!viewer.has(Role.POOL_ADMIN)) {
            throw new WorkItemUnavailableException("Only the pool team reads the audit log.");
        }
        Set<UUID> matching = null;
        if (filter.person() != null && !filter.person().isBlank()) {
            matching = new HashSet<>();
            for (PersonRecord person : people.search(filter.person().strip(), viewer)) {
                matching.add(person.id().value());
            }
        }
        String reference = filter.caseReference() == null || filter.caseReference().isBlank() ? null
                : filter.caseReference().strip().toUpperCase(Locale.ROOT);
        boolean lead = safeguarding.isLead(viewer);
        if (filter.action() == AuditAction.SAFEGUARDING && !lead) {
            return List.of();
        }
        List<AuditRow> rows = repository.find(reference, matching,
                filter.action() == null ? null : filter.action().name(), lead, Math.clamp(filter.limit(), 1, MOST_SHOWN));
        Set<UserId> named = new HashSet<>();
        rows.forEach(row -> {
            if (row.actorId() != null) {
                named.add(new UserId(row.actorId()));
            }
            if (row.subjectId() != null) {
                named.add(new UserId(row.subjectId()));
            }
        });
        var names = people.names(named);
        return rows.stream().map(row -> new AuditEntry(row.seq(), row.at(), id(row.actorId()),
                row.actorId() == null ? "The service" : names.getOrDefault(new UserId(row.actorId()), "Someone since removed"),
                AuditAction.valueOf(row.action()), row.caseId() == null ? null : new CaseId(row.caseId()),
                row.caseReference(), id(row.subjectId()),
                row.subjectId() == null ? null : names.getOrDefault(new UserId(row.subjectId()), "Someone since removed"),
                row.detail())).toList();
    }

    /** The kinds of entry this viewer may filter by: safeguarding for the safeguarding lead only. */
    public List<AuditAction> actionsShownTo(CurrentUser viewer) {
        boolean lead = safeguarding.isLead(viewer);
        return Arrays.stream(AuditAction.values()).filter(a -> lead || a != AuditAction.SAFEGUARDING).toList();
    }

    /**
     * Walks the whole log, recomputing each entry's hash and its link to the one before: an
     * entry changed, removed or put in between, even by someone with the database's own rights,
     * breaks the chain at that point.
     */
    public ChainCheck check() {
        long[] count = {0};
        String[] previous = {AuditRepository.GENESIS};
        Long[] broken = {null};
        boolean[] keyed = {false};
        var anchor = anchors.latest();
        String[] atAnchor = {null};
        long[] last = {0};
        repository.inOrder(row -> {
            count[0]++;
            last[0] = row.seq();
            if (anchor.isPresent() && row.seq() == anchor.get().seq()) {
                atAnchor[0] = row.hash();
            }
            if (broken[0] != null) {
                return;
            }
            String text = AuditRepository.text(row.prevHash(), row.at(), row.actorId(), row.action(), row.caseId(),
                    row.caseReference(), row.subjectId(), row.detail());
            boolean sound;
            if (vault.macMatches(text, CHAIN, row.hash())) {
                sound = true;
                keyed[0] = true;
            } else {
                // Rows from before the links were keyed carry a plain hash; none may follow a keyed one,
                // or anyone with the database's rights could rewrite the end of the log in the old way.
                sound = !keyed[0] && row.hash().equals(AuditRepository.hash(text));
            }
            if (!row.prevHash().equals(previous[0]) || !sound) {
                broken[0] = row.seq();
            }
            previous[0] = row.hash();
        });
        // The head anchored outside the database must still be there, unchanged: entries cut from the
        // end, or the chain rebuilt, show here however consistent the rest looks.
        if (broken[0] == null && anchor.isPresent()
                && (last[0] < anchor.get().seq() || !anchor.get().link().equals(atAnchor[0]))) {
            broken[0] = Math.min(anchor.get().seq(), last[0] + 1);
        }
        ChainCheck result = new ChainCheck(count[0], broken[0], clock.instant());
        latest = result;
        return result;
    }

    /** Checks the chain every hour (the whole log, so not on each page open). */
    @Scheduled(initialDelayString = "${coachingpool.audit.check-delay:1m}",
            fixedDelayString = "${coachingpool.audit.check-interval:1h}")
    void checkOnSchedule() {
        ChainCheck result = check();
        if (!result.intact()) {
            LoggerFactory.getLogger(AuditLog.class).error("The audit log's chain is broken at entry {}: "
                    + "an entry was changed or removed outside the app", result.firstBroken());
        }
    }

    /**
     * Writes the head of the chain outside the database (the app's log, the anchor file, an email
     * to the pool team), once the chain checks intact: daily, and shortly after each start.
     */
    @Scheduled(initialDelayString = "${coachingpool.audit.anchor-delay:2m}",
            fixedDelayString = "${coachingpool.audit.anchor-interval:1d}")
    public void anchor() {
        ChainCheck result = check();
        if (!result.intact()) {
            return;
        }
        repository.head().ifPresent(head -> {
            var anchor = new AuditAnchors.Anchor(head.seq(), head.hash(), clock.instant());
            anchors.write(anchor);
            own.executeWithoutResult(status -> events.publishEvent(new AuditAnchored(result.entries(), head.seq(),
                    head.hash(), anchor.at())));
        });
    }

    /**
     * The latest hourly check of the chain, made now only if none has run since the start: the
     * check walks the whole log, too much for each opening of a page.
     */
    public ChainCheck latestCheck() {
        ChainCheck known = latest;
        return known != null ? known : check();
    }

    private static UUID value(UserId id) {
        return id == null ? null : id.value();
    }

    private static UserId id(UUID value) {
        return value == null ? null : new UserId(value);
    }
}

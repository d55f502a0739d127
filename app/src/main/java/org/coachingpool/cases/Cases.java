package org.coachingpool.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.coachingpool.people.People;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.Role;
import org.coachingpool.security.UserId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Cases as rows: their stage, dates and participants, and who may see which. */
@Service
public class Cases {

    /** People's names come from the people feature, which owns them, in one look-up per list. */
    private static final String SELECT = """
            select c.id, c.reference, c.thinker_id, c.sponsor_id, c.kind_wanted, c.stage, c.process_instance_key,
                   c.requested_at, c.updated_at, c.coach_id
            from relationship_case c
            """;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    private final People people;

    Cases(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events, People people) {
        this.people = people;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** A case as the given person may see it: their own as thinker or sponsor, or any as pool admin. */
    /**
     * The case as a person opening it sees it: as {@link #find(CaseId, CurrentUser)}, and a case
     * that exists but is not theirs is a refusal on record ({@link AccessRefused}).
     */
    public Optional<CaseSummary> visit(CaseId id, CurrentUser viewer) {
        Optional<CaseSummary> found = find(id);
        if (found.isPresent() && !mayView(found.get(), viewer)) {
            events.publishEvent(new AccessRefused(viewer.id(), id, "a case that is not theirs"));
            return Optional.empty();
        }
        return found;
    }

    public Optional<CaseSummary> find(CaseId id, CurrentUser viewer) {
        return find(id).filter(c -> mayView(c, viewer));
    }

    /** For services that already decided access. */
    public Optional<CaseSummary> find(CaseId id) {
        return named(jdbc.sql(SELECT + " where c.id = :id").param("id", id.value()).query(Cases::map).list()).stream()
                .findFirst();
    }

    /** The cases whose relationship process is one of these instances, by instance key. */
    public Map<Long, CaseSummary> byProcessInstance(Collection<Long> processInstanceKeys) {
        if (processInstanceKeys.isEmpty()) {
            return Map.of();
        }
        return named(jdbc.sql(SELECT + " where c.process_instance_key in (:keys)")
                .param("keys", List.copyOf(processInstanceKeys)).query(Cases::map).list()).stream()
                .collect(Collectors.toMap(CaseSummary::processInstanceKey, c -> c));
    }

    /** After a migration: the case's relationship process runs on another definition now. */
    @Transactional
    public void movedToDefinition(long processInstanceKey, long definitionKey) {
        jdbc.sql("update relationship_case set process_definition_key = :key where process_instance_key = :pik")
                .param("key", definitionKey).param("pik", processInstanceKey).update();
    }

    /** Cases the person takes part in: as thinker, sponsor or current coach. */
    public List<CaseSummary> involving(CurrentUser user) {
        return named(jdbc.sql(SELECT + """
                         where c.thinker_id = :me or c.sponsor_id = :me or c.coach_id = :me
                         order by c.requested_at desc
                        """)
                .param("me", user.id().value())
                .query(Cases::map)
                .list());
    }

    static boolean mayView(CaseSummary summary, CurrentUser viewer) {
        return viewer.has(Role.POOL_ADMIN) || summary.thinker().equals(viewer.id())
                || summary.sponsor().equals(viewer.id()) || viewer.id().equals(summary.coach());
    }

    /** Every case whose relationship process was started, with its instance key: for reconciliation. */
    public Map<Long, ClosedCase> withProcess() {
        var found = new HashMap<Long, ClosedCase>();
        jdbc.sql("""
                        select id, reference, closed_at, process_instance_key from relationship_case
                        where process_instance_key is not null
                        """)
                .query((rs, row) -> found.put(rs.getLong("process_instance_key"), new ClosedCase(
                        new CaseId(rs.getObject("id", UUID.class)), rs.getString("reference"),
                        rs.getTimestamp("closed_at") == null ? null : rs.getTimestamp("closed_at").toInstant(),
                        rs.getLong("process_instance_key"))))
                .list();
        return found;
    }

    /** Every case not yet closed, for the pool admins' board. */
    public List<CaseSummary> open(CurrentUser admin) {
        if (!admin.has(Role.POOL_ADMIN)) {
            return List.of();
        }
        return named(jdbc.sql(SELECT + " where c.closed_at is null order by c.updated_at").query(Cases::map).list());
    }

    /** How many cases a search on the board shows at most, newest first. */
    public static final int FOUND_MAX = 50;

    /**
     * Any case, open or closed, by its reference (or part of it) or the name of the thinker, the
     * sponsor or the coach or mentor: for the pool team, newest first, at most {@link #FOUND_MAX}.
     */
    public List<CaseSummary> search(String text, CurrentUser admin) {
        if (!admin.has(Role.POOL_ADMIN) || text == null || text.isBlank()) {
            return List.of();
        }
        String wanted = text.strip();
        var named = people.search(wanted, admin).stream().map(p -> p.id().value()).toArray(UUID[]::new);
        return named(jdbc.sql(SELECT + """
                         where c.reference ilike '%' || :text || '%'
                            or c.thinker_id = any(cast(:people as uuid[])) or c.sponsor_id = any(cast(:people as uuid[]))
                            or c.coach_id = any(cast(:people as uuid[]))
                         order by c.requested_at desc limit :limit
                        """)
                .param("text", wanted.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"))
                .param("people", named).param("limit", FOUND_MAX)
                .query(Cases::map).list());
    }

    /** What has happened on a case, as dated milestones: the tasks people completed. Titles and dates only. */
    public List<Milestone> milestones(CaseId id, CurrentUser viewer) {
        if (find(id, viewer).isEmpty()) {
            return List.of();
        }
        var done = jdbc.sql("""
                        select w.title, w.completed_at, w.completed_by
                        from work_item w
                        where w.case_id = :id and w.state = 'COMPLETED'
                        order by w.completed_at
                        """)
                .param("id", id.value())
                .query((rs, row) -> new Milestone(rs.getString("title"), rs.getTimestamp("completed_at").toInstant(),
                        rs.getString("completed_by")))
                .list();
        var names = people.namesByUsername(done.stream().map(Milestone::by).filter(Objects::nonNull).toList());
        return done.stream().map(m -> new Milestone(m.title(), m.at(), m.by() == null ? null : names.get(m.by())))
                .toList();
    }

    /** A completed step of a case. */
    public record Milestone(String title, Instant at, String by) {
    }

    /**
     * Moves a case to a stage and records where in which process it is. Idempotent: the engine
     * may deliver the same job twice, and a final stage is never left. The relationship
     * process's own instance and definition are kept from its first step; steps of called
     * processes only update the position.
     */
    @Transactional
    public void moveTo(CaseId id, Stage stage, ProcessPosition at) {
        boolean main = at.inRelationshipProcess();
        var now = clock.instant();
        int moved = jdbc.sql("""
                        update relationship_case
                        set stage = :stage, updated_at = :now,
                            process_instance_key = coalesce(process_instance_key, :pik),
                            process_definition_key = coalesce(process_definition_key, :pdk),
                            position_definition_key = :positionKey, position_element_id = :positionElement,
                            closed_at = case when :final then coalesce(closed_at, :now) else closed_at end
                        where id = :id and stage not in ('CLOSED', 'DECLINED', 'SIGNPOSTED')
                        """)
                .param("id", id.value())
                .param("stage", stage.name())
                .param("final", stage.isFinal())
                .param("pik", main ? at.processInstanceKey() : null, Types.BIGINT)
                .param("pdk", main ? at.definitionKey() : null, Types.BIGINT)
                .param("positionKey", at.definitionKey())
                .param("positionElement", at.elementId())
                .param("now", Timestamp.from(now))
                .update();
        if (moved > 0) {
            events.publishEvent(new CaseMoved(id, stage, now));
        }
    }

    /** The relationship definition a case runs and the last stage-setting step it passed. */
    public Optional<CasePosition> position(CaseId id) {
        return jdbc.sql("""
                        select process_definition_key, position_definition_key, position_element_id
                        from relationship_case where id = :id
                        """)
                .param("id", id.value())
                .query((rs, row) -> new CasePosition(rs.getObject("process_definition_key", Long.class),
                        rs.getObject("position_definition_key", Long.class), rs.getString("position_element_id")))
                .optional();
    }

    /** Null parts are not known yet: the case has not passed a stage-setting step. */
    public record CasePosition(Long relationshipDefinitionKey, Long lastDefinitionKey, String lastElementId) {
    }

    /** The relationships a coach or mentor holds or held to the end, newest first (no content). */
    public List<CaseSummary> coachedBy(UserId coach) {
        return named(jdbc.sql(SELECT + " where c.coach_id = :coach order by c.requested_at desc")
                .param("coach", coach.value()).query(Cases::map).list());
    }

    /** How many relationships each coach or mentor is in now (matched and not closed). */
    public Map<UserId, Integer> runningByCoach() {
        var running = new HashMap<UserId, Integer>();
        jdbc.sql("""
                        select coach_id, count(*) as running from relationship_case
                        where coach_id is not null and closed_at is null group by coach_id
                        """)
                .query((rs, row) -> running.put(new UserId(rs.getObject("coach_id", UUID.class)), rs.getInt("running")))
                .list();
        return running;
    }

    /** The case has no coach any more if it was this one's (after a decline or a no-go). */
    @Transactional
    public void releaseCoach(CaseId id, UserId coach) {
        jdbc.sql("update relationship_case set coach_id = null where id = :id and coach_id = :coach")
                .param("id", id.value()).param("coach", coach.value()).update();
    }

    @Transactional
    public void assignCoach(CaseId id, String coachUsername) {
        jdbc.sql("update relationship_case set coach_id = :coach where id = :id")
                .param("id", id.value())
                .param("coach", people.idOf(coachUsername).map(UserId::value).orElse(null), Types.OTHER)
                .update();
    }

    /** Up to {@code limit} cases that closed before the instant, the longest closed first. */
    public List<ClosedCase> closedBefore(Instant before, int limit) {
        return jdbc.sql("""
                        select id, reference, closed_at, process_instance_key from relationship_case
                        where closed_at < :before order by closed_at limit :limit
                        """)
                .param("before", Timestamp.from(before)).param("limit", limit)
                .query((rs, row) -> new ClosedCase(new CaseId(rs.getObject("id", UUID.class)), rs.getString("reference"),
                        rs.getTimestamp("closed_at").toInstant(), rs.getObject("process_instance_key", Long.class)))
                .list();
    }

    /** The case as retention sees it, closed or not (closedAt is null while it runs). */
    public Optional<ClosedCase> ending(CaseId id) {
        return jdbc.sql("select id, reference, closed_at, process_instance_key from relationship_case where id = :id")
                .param("id", id.value())
                .query((rs, row) -> new ClosedCase(id, rs.getString("reference"),
                        rs.getTimestamp("closed_at") == null ? null : rs.getTimestamp("closed_at").toInstant(),
                        rs.getObject("process_instance_key", Long.class)))
                .optional();
    }

    /** The cases in which the person is the sponsor, newest first. */
    public List<CaseSummary> sponsoredBy(UserId sponsor) {
        return named(jdbc.sql(SELECT + " where c.sponsor_id = :me order by c.requested_at desc")
                .param("me", sponsor.value()).query(Cases::map).list());
    }

    /** The cases the person asked for as thinker, newest first. */
    public List<CaseSummary> asThinker(UserId thinker) {
        return named(jdbc.sql(SELECT + " where c.thinker_id = :me order by c.requested_at desc")
                .param("me", thinker.value()).query(Cases::map).list());
    }

    /** Cases not yet closed in which the person is the sponsor or the current coach or mentor. */
    public List<CaseSummary> openServedBy(UserId person) {
        return named(jdbc.sql(SELECT + """
                         where c.closed_at is null and c.thinker_id <> :me and (c.sponsor_id = :me or c.coach_id = :me)
                         order by c.requested_at
                        """)
                .param("me", person.value()).query(Cases::map).list());
    }

    /**
     * Deletes the case and, through the schema's cascades, every row that hangs off it: request,
     * tasks, answers, sessions, meetings, mail and the rest (ADR 0023). Listeners to
     * {@link CaseErasing} first make any figures they keep elsewhere anonymous.
     *
     * @return whether there was such a case
     */
    @Transactional
    public boolean erase(CaseId id) {
        events.publishEvent(new CaseErasing(id));
        return jdbc.sql("delete from relationship_case where id = :id").param("id", id.value()).update() > 0;
    }

    /** The cases with the names of the people in them. */
    private List<CaseSummary> named(List<CaseSummary> cases) {
        var ids = new HashSet<UserId>();
        cases.forEach(c -> {
            ids.add(c.thinker());
            ids.add(c.sponsor());
            if (c.coach() != null) {
                ids.add(c.coach());
            }
        });
        var names = people.names(ids);
        return cases.stream().map(c -> new CaseSummary(c.id(), c.reference(), c.thinker(), names.get(c.thinker()),
                c.sponsor(), names.get(c.sponsor()), c.kindWanted(), c.stage(), c.processInstanceKey(), c.requestedAt(),
                c.updatedAt(), c.coach(), c.coach() == null ? null : names.get(c.coach()))).toList();
    }

    private static CaseSummary map(ResultSet rs, int row) throws SQLException {
        return new CaseSummary(new CaseId(rs.getObject("id", UUID.class)), rs.getString("reference"),
                new UserId(rs.getObject("thinker_id", UUID.class)), null,
                new UserId(rs.getObject("sponsor_id", UUID.class)), null,
                rs.getString("kind_wanted"), Stage.valueOf(rs.getString("stage")),
                rs.getObject("process_instance_key", Long.class),
                rs.getTimestamp("requested_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                rs.getObject("coach_id", UUID.class) == null ? null : new UserId(rs.getObject("coach_id", UUID.class)),
                null);
    }
}

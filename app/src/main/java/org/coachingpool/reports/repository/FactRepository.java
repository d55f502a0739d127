package org.coachingpool.reports.repository;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of the reports' own tables: figures written as cases move, and the aggregates a report
 * reads. Every query takes the period and the filter; none reads another feature's tables.
 */
@Repository
public class FactRepository {

    private final JdbcClient jdbc;

    /** When the first request the reports know of was made, if any. */
    public Optional<Instant> firstRequestAt() {
        return jdbc.sql("select min(requested_at) from case_fact").query(Timestamp.class).optional()
                .map(Timestamp::toInstant);
    }

    /** Whether any request was made in the period. */
    public boolean anyRequestBetween(Instant from, Instant to) {
        return jdbc.sql("select exists (select 1 from case_fact where requested_at >= :from and requested_at < :to)")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query(Boolean.class).single();
    }

    FactRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- written as cases move -------------------------------------------------------------

    public void requested(UUID caseId, UUID thinker, UUID sponsor, UUID organisation, String kindWanted,
            String[] areas, Instant at) {
        jdbc.sql("""
                        insert into case_fact (case_id, thinker_id, sponsor_id, thinker_organisation_id, kind_wanted,
                            support_kind, development_areas, stage, requested_at)
                        values (:id, :thinker, :sponsor, :organisation, :kind, :kind, :areas, 'REQUESTED', :at)
                        on conflict (case_id) do nothing
                        """)
                .param("id", caseId).param("thinker", thinker).param("sponsor", sponsor)
                .param("organisation", organisation).param("kind", kindWanted).param("areas", areas)
                .param("at", Timestamp.from(at)).update();
    }

    /** The stage and the first time the case reached it; a final stage also sets how it closed. */
    /** Keeps the case's figures with nobody's id on them: reports count it as one person. */
    public void anonymise(UUID caseId) {
        jdbc.sql("update case_fact set thinker_id = null, sponsor_id = null where case_id = :id")
                .param("id", caseId).update();
    }

    public void moved(UUID caseId, String stage, boolean isFinal, Instant at) {
        jdbc.sql("""
                        update case_fact set
                            stage = :stage,
                            endorsed_at = case when :stage = 'TRIAGE' then coalesce(endorsed_at, :at) else endorsed_at end,
                            matched_at = case when :stage = 'CHEMISTRY' then coalesce(matched_at, :at) else matched_at end,
                            contracted_at = case when :stage = 'SESSIONS' then coalesce(contracted_at, :at)
                                else contracted_at end,
                            reviewed_at = case when :stage = 'REVIEW' then coalesce(reviewed_at, :at) else reviewed_at end,
                            closed_at = case when :final then coalesce(closed_at, :at) else closed_at end,
                            outcome = case when not :final then outcome
                                when :stage = 'DECLINED' then 'DECLINED'
                                when :stage = 'SIGNPOSTED' then 'SIGNPOSTED'
                                when reviewed_at is not null then 'COMPLETED'
                                when contracted_at is not null then 'ENDED_EARLY'
                                else 'NOT_MATCHED' end
                        where case_id = :id and closed_at is null
                        """)
                .param("id", caseId).param("stage", stage).param("final", isFinal).param("at", Timestamp.from(at))
                .update();
    }

    public void triaged(UUID caseId, String proposal, String decision, Instant at) {
        jdbc.sql("""
                        update case_fact set triaged_at = :at, triage_proposal = :proposal, triage_decision = :decision,
                            support_kind = case when :decision in ('COACHING', 'MENTORING') then :decision
                                else support_kind end
                        where case_id = :id
                        """)
                .param("id", caseId).param("proposal", proposal).param("decision", decision)
                .param("at", Timestamp.from(at)).update();
    }

    public void noGos(UUID caseId, int noGos) {
        jdbc.sql("update case_fact set chemistry_no_gos = greatest(chemistry_no_gos, :n) where case_id = :id")
                .param("id", caseId).param("n", noGos).update();
    }

    public void session(UUID caseId, UUID coach, UUID coachOrganisation, LocalDate heldOn, int minutes) {
        jdbc.sql("""
                        insert into case_fact_month (case_id, coach_id, coach_organisation_id, month, sessions, minutes)
                        values (:id, :coach, :organisation, :month, 1, :minutes)
                        on conflict (case_id, coach_id, month) do update
                        set sessions = case_fact_month.sessions + 1, minutes = case_fact_month.minutes + :minutes
                        """)
                .param("id", caseId).param("coach", coach).param("organisation", coachOrganisation)
                .param("month", heldOn.withDayOfMonth(1)).param("minutes", minutes).update();
        jdbc.sql("""
                        update case_fact set sessions = sessions + 1, minutes = minutes + :minutes,
                            first_session_on = least(coalesce(first_session_on, :heldOn), :heldOn)
                        where case_id = :id
                        """)
                .param("id", caseId).param("minutes", minutes).param("heldOn", heldOn).update();
    }

    public void rated(UUID caseId, String formKey, Integer confidence, Integer performance, Integer leadership,
            Instant at) {
        jdbc.sql("""
                        insert into case_rating (case_id, form_key, confidence, performance, leadership, given_at)
                        values (:id, :form, :confidence, :performance, :leadership, :at)
                        on conflict (case_id, form_key) do nothing
                        """)
                .param("id", caseId).param("form", formKey).param("confidence", confidence)
                .param("performance", performance).param("leadership", leadership).param("at", Timestamp.from(at))
                .update();
    }

    // --- read by reports -------------------------------------------------------------------

    /**
     * Which cases a report counts.
     *
     * @param organisation the thinkers' organisation, or null for all
     * @param supportKind COACHING or MENTORING, or null for both
     * @param sponsor only this sponsor's people, or null
     * @param coach only relationships with sessions with this coach, or null
     */
    public record Scope(LocalDate from, LocalDate to, ZoneId zone, UUID organisation, String supportKind, UUID sponsor,
            UUID coach) {

        Timestamp start() {
            return Timestamp.from(from.atStartOfDay(zone).toInstant());
        }

        Timestamp end() {
            return Timestamp.from(to.atStartOfDay(zone).toInstant());
        }
    }

    private JdbcClient.StatementSpec sql(String query, Scope scope) {
        return jdbc.sql(query.replace("/*scope*/", """
                        and (cast(:organisation as uuid) is null or f.thinker_organisation_id = :organisation)
                        and (cast(:kind as text) is null or f.support_kind = :kind)
                        and (cast(:sponsor as uuid) is null or f.sponsor_id = :sponsor)
                        and (cast(:coach as uuid) is null or exists (select 1 from case_fact_month c
                             where c.case_id = f.case_id and c.coach_id = :coach))
                        """))
                .param("from", scope.start()).param("to", scope.end())
                .param("fromDate", scope.from()).param("toDate", scope.to())
                .param("organisation", scope.organisation(), Types.OTHER)
                .param("kind", scope.supportKind(), Types.VARCHAR)
                .param("sponsor", scope.sponsor(), Types.OTHER)
                .param("coach", scope.coach(), Types.OTHER);
    }

    /** Headline counts of the period. */
    public record Totals(long requests, long peopleSupported, long relationshipsRunning, long started,
            long runningAtEnd, long sessions, long minutes, long peopleWithSessions) {
    }

    public Totals totals(Scope scope) {
        var counts = sql("""
                        select
                          count(*) filter (where f.requested_at >= :from and f.requested_at < :to) as requests,
                          count(distinct coalesce(f.thinker_id, f.case_id)) filter (where f.matched_at < :to
                              and (f.closed_at is null or f.closed_at >= :from)) as supported,
                          count(*) filter (where f.matched_at < :to and (f.closed_at is null or f.closed_at >= :from))
                              as running,
                          count(*) filter (where f.contracted_at >= :from and f.contracted_at < :to) as started,
                          count(*) filter (where f.contracted_at < :to and (f.closed_at is null or f.closed_at >= :to))
                              as running_at_end
                        from case_fact f
                        where (f.requested_at < :to and (f.closed_at is null or f.closed_at >= :from)) /*scope*/
                        """, scope)
                .query((rs, row) -> new long[] {rs.getLong("requests"), rs.getLong("supported"), rs.getLong("running"),
                        rs.getLong("started"), rs.getLong("running_at_end")})
                .single();
        var delivered = sql("""
                        select coalesce(sum(m.sessions), 0) as sessions, coalesce(sum(m.minutes), 0) as minutes,
                               count(distinct coalesce(f.thinker_id, f.case_id)) as people
                        from case_fact_month m join case_fact f on f.case_id = m.case_id
                        where m.month >= :fromDate and m.month < :toDate /*scope*/
                        """, scope)
                .query((rs, row) -> new long[] {rs.getLong("sessions"), rs.getLong("minutes"), rs.getLong("people")})
                .single();
        return new Totals(counts[0], counts[1], counts[2], counts[3], counts[4], delivered[0], delivered[1],
                delivered[2]);
    }

    /** Cases closed in the period, by how they closed. */
    public Map<String, Long> closedByOutcome(Scope scope) {
        var closed = new LinkedHashMap<String, Long>();
        sql("""
                        select f.outcome, count(*) as n from case_fact f
                        where f.closed_at >= :from and f.closed_at < :to /*scope*/
                        group by f.outcome
                        """, scope)
                .query((rs, row) -> closed.put(rs.getString("outcome"), rs.getLong("n"))).list();
        return closed;
    }

    /** Ratings given in the period on one form: how many answered, and how many rated 3 or more. */
    public record Improvement(long answered, long confidence, long performance, long leadership, long allThree) {
    }

    public Improvement improvement(Scope scope, String formKey, int atLeast) {
        return sql("""
                        select count(*) as answered,
                               count(*) filter (where r.confidence >= :least) as confidence,
                               count(*) filter (where r.performance >= :least) as performance,
                               count(*) filter (where r.leadership >= :least) as leadership,
                               count(*) filter (where r.confidence >= :least and r.performance >= :least
                                   and r.leadership >= :least) as all_three
                        from case_rating r join case_fact f on f.case_id = r.case_id
                        where r.form_key = :form and r.given_at >= :from and r.given_at < :to /*scope*/
                        """, scope)
                .param("form", formKey).param("least", atLeast)
                .query((rs, row) -> new Improvement(rs.getLong("answered"), rs.getLong("confidence"),
                        rs.getLong("performance"), rs.getLong("leadership"), rs.getLong("all_three")))
                .single();
    }

    /** Median and 90th percentile in days, over how many cases. */
    public record Spread(long cases, Double median, Double p90) {
    }

    /** From request to the first chemistry conversation, for cases matched in the period. */
    public Spread requestToMatch(Scope scope) {
        return spread(sql("""
                        select count(*) as n,
                          percentile_cont(0.5) within group (order by extract(epoch from f.matched_at - f.requested_at))
                              / 86400 as median,
                          percentile_cont(0.9) within group (order by extract(epoch from f.matched_at - f.requested_at))
                              / 86400 as p90
                        from case_fact f where f.matched_at >= :from and f.matched_at < :to /*scope*/
                        """, scope));
    }

    /** From request to the first session, for first sessions in the period. */
    public Spread requestToFirstSession(Scope scope) {
        return spread(sql("""
                        select count(*) as n,
                          percentile_cont(0.5) within group (order by f.first_session_on
                              - cast(f.requested_at at time zone 'Europe/London' as date)) as median,
                          percentile_cont(0.9) within group (order by f.first_session_on
                              - cast(f.requested_at at time zone 'Europe/London' as date)) as p90
                        from case_fact f
                        where f.first_session_on >= :fromDate and f.first_session_on < :toDate /*scope*/
                        """, scope));
    }

    private static Spread spread(JdbcClient.StatementSpec spec) {
        return spec.query((rs, row) -> new Spread(rs.getLong("n"), (Double) rs.getObject("median", Double.class),
                rs.getObject("p90", Double.class))).single();
    }

    /** First conversations of cases matched in the period: how many, and how many led to a contract. */
    public record Chemistry(long conversations, long agreed) {
    }

    public Chemistry chemistry(Scope scope) {
        return sql("""
                        select coalesce(sum(f.chemistry_no_gos), 0) + count(f.contracted_at) as conversations,
                               count(f.contracted_at) as agreed
                        from case_fact f where f.matched_at >= :from and f.matched_at < :to /*scope*/
                        """, scope)
                .query((rs, row) -> new Chemistry(rs.getLong("conversations"), rs.getLong("agreed"))).single();
    }

    /** What became of the requests made in the period, step by step. */
    public record Funnel(long requested, long endorsed, long declined, long triaged, long toCoaching,
            long toMentoring, long signposted, long overridden, long matched, long contracted, long completed) {
    }

    public Funnel funnel(Scope scope) {
        return sql("""
                        select count(*) as requested,
                               count(f.endorsed_at) as endorsed,
                               count(*) filter (where f.outcome = 'DECLINED') as declined,
                               count(f.triaged_at) as triaged,
                               count(*) filter (where f.triage_decision = 'COACHING') as to_coaching,
                               count(*) filter (where f.triage_decision = 'MENTORING') as to_mentoring,
                               count(*) filter (where f.triage_decision = 'SIGNPOST') as signposted,
                               count(*) filter (where f.triage_decision <> f.triage_proposal) as overridden,
                               count(f.matched_at) as matched,
                               count(f.contracted_at) as contracted,
                               count(*) filter (where f.outcome = 'COMPLETED') as completed
                        from case_fact f where f.requested_at >= :from and f.requested_at < :to /*scope*/
                        """, scope)
                .query((rs, row) -> new Funnel(rs.getLong("requested"), rs.getLong("endorsed"), rs.getLong("declined"),
                        rs.getLong("triaged"), rs.getLong("to_coaching"), rs.getLong("to_mentoring"),
                        rs.getLong("signposted"), rs.getLong("overridden"), rs.getLong("matched"),
                        rs.getLong("contracted"), rs.getLong("completed")))
                .single();
    }

    /** One month of the period. */
    public record Month(LocalDate month, long requests, long matched, long sessions, long minutes, long people) {
    }

    public List<Month> months(Scope scope) {
        var byMonth = new LinkedHashMap<LocalDate, long[]>();
        for (LocalDate m = scope.from(); m.isBefore(scope.to()); m = m.plusMonths(1)) {
            byMonth.put(m, new long[5]);
        }
        sql("""
                        select cast(date_trunc('month', f.requested_at at time zone 'Europe/London') as date) as month,
                               count(*) as n
                        from case_fact f where f.requested_at >= :from and f.requested_at < :to /*scope*/
                        group by 1
                        """, scope)
                .query((rs, row) -> add(byMonth, rs.getObject("month", LocalDate.class), 0, rs.getLong("n"))).list();
        sql("""
                        select cast(date_trunc('month', f.matched_at at time zone 'Europe/London') as date) as month,
                               count(*) as n
                        from case_fact f where f.matched_at >= :from and f.matched_at < :to /*scope*/
                        group by 1
                        """, scope)
                .query((rs, row) -> add(byMonth, rs.getObject("month", LocalDate.class), 1, rs.getLong("n"))).list();
        sql("""
                        select m.month, sum(m.sessions) as sessions, sum(m.minutes) as minutes,
                               count(distinct coalesce(f.thinker_id, f.case_id)) as people
                        from case_fact_month m join case_fact f on f.case_id = m.case_id
                        where m.month >= :fromDate and m.month < :toDate /*scope*/
                        group by m.month
                        """, scope)
                .query((rs, row) -> {
                    LocalDate month = rs.getObject("month", LocalDate.class);
                    add(byMonth, month, 2, rs.getLong("sessions"));
                    add(byMonth, month, 3, rs.getLong("minutes"));
                    return add(byMonth, month, 4, rs.getLong("people"));
                }).list();
        var months = new ArrayList<Month>();
        byMonth.forEach((month, n) -> months.add(new Month(month, n[0], n[1], n[2], n[3], n[4])));
        return months;
    }

    private static boolean add(Map<LocalDate, long[]> byMonth, LocalDate month, int index, long n) {
        long[] row = byMonth.get(month);
        if (row != null) {
            row[index] += n;
        }
        return true;
    }

    /**
     * Per thinkers' organisation: people supported (as {@link #totals} counts them, so the rows add
     * up to the headline), and sessions and minutes received in the period.
     */
    public record Received(UUID organisation, long people, long sessions, long minutes) {
    }

    public List<Received> receivedByOrganisation(Scope scope) {
        return sql("""
                        select organisation, sum(people) as people, sum(sessions) as sessions,
                               sum(minutes) as minutes
                        from (
                          select f.thinker_organisation_id as organisation,
                                 count(distinct coalesce(f.thinker_id, f.case_id)) as people,
                                 0 as sessions, 0 as minutes
                          from case_fact f
                          where f.matched_at < :to and (f.closed_at is null or f.closed_at >= :from) /*scope*/
                          group by f.thinker_organisation_id
                          union all
                          select f.thinker_organisation_id, 0, sum(m.sessions), sum(m.minutes)
                          from case_fact_month m join case_fact f on f.case_id = m.case_id
                          where m.month >= :fromDate and m.month < :toDate /*scope*/
                          group by f.thinker_organisation_id
                        ) as received
                        group by organisation
                        """, scope)
                .query((rs, row) -> new Received(rs.getObject("organisation", UUID.class), rs.getLong("people"),
                        rs.getLong("sessions"), rs.getLong("minutes")))
                .list();
    }

    /** Per coaches' organisation: hours given in the period, to how many people. */
    public Map<UUID, long[]> givenByOrganisation(Scope scope) {
        var given = new HashMap<UUID, long[]>();
        sql("""
                        select m.coach_organisation_id as organisation, sum(m.minutes) as minutes,
                               count(distinct coalesce(f.thinker_id, f.case_id)) as people
                        from case_fact_month m join case_fact f on f.case_id = m.case_id
                        where m.month >= :fromDate and m.month < :toDate /*scope*/
                        group by m.coach_organisation_id
                        """, scope)
                .query((rs, row) -> given.put(rs.getObject("organisation", UUID.class),
                        new long[] {rs.getLong("minutes"), rs.getLong("people")}))
                .list();
        return given;
    }

    /** Per coach: minutes and sessions given in the period, and with how many people. */
    public record Given(UUID coach, long sessions, long minutes, long people) {
    }

    public Map<UUID, Given> givenByCoach(Scope scope) {
        var given = new HashMap<UUID, Given>();
        sql("""
                        select m.coach_id, sum(m.sessions) as sessions, sum(m.minutes) as minutes,
                               count(distinct coalesce(f.thinker_id, f.case_id)) as people
                        from case_fact_month m join case_fact f on f.case_id = m.case_id
                        where m.month >= :fromDate and m.month < :toDate /*scope*/
                        group by m.coach_id
                        """, scope)
                .query((rs, row) -> given.put(rs.getObject("coach_id", UUID.class), new Given(
                        rs.getObject("coach_id", UUID.class), rs.getLong("sessions"), rs.getLong("minutes"),
                        rs.getLong("people"))))
                .list();
        return given;
    }

    /** Requests made in the period by development area (a request may name several). */
    public Map<String, Long> demandByArea(Scope scope) {
        var demand = new HashMap<String, Long>();
        sql("""
                        select area, count(*) as n
                        from case_fact f, unnest(f.development_areas) as area
                        where f.requested_at >= :from and f.requested_at < :to /*scope*/
                        group by area
                        """, scope)
                .query((rs, row) -> demand.put(rs.getString("area"), rs.getLong("n"))).list();
        return demand;
    }
}

package org.coachingpool.matching.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.coachingpool.matching.Candidate;
import org.coachingpool.matching.Criterion;
import org.coachingpool.matching.Matching;
import org.coachingpool.matching.WeightChange;
import org.coachingpool.security.UserId;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL on matching's tables: rankings ({@code match_candidate}), members who may not be offered
 * a case again ({@code match_exclusion}) and the weights with their history.
 */
@Repository
public class MatchingRepository {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;

    MatchingRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** Stores a ranking as the next round of the case. */
    public void saveRound(UUID caseId, List<Candidate> ranked) {
        int round = jdbc.sql("select coalesce(max(round), 0) + 1 from match_candidate where case_id = :caseId")
                .param("caseId", caseId).query(Integer.class).single();
        // One round trip for the round: a large pool ranks hundreds of members for every case.
        var rows = ranked.stream().map(c -> new MapSqlParameterSource()
                .addValue("caseId", caseId).addValue("round", round).addValue("rank", c.rank())
                .addValue("coach", c.id().value()).addValue("capacity", c.capacityLeft())
                .addValue("other", c.otherOrganisation()).addValue("score", c.score())
                .addValue("breakdown", json(c.points())).addValue("reasons", c.reasons().toArray(String[]::new)))
                .toArray(SqlParameterSource[]::new);
        batches.batchUpdate("""
                        insert into match_candidate (case_id, round, rank, coach_id, capacity_left, other_organisation,
                            score, breakdown, reasons)
                        values (:caseId, :round, :rank, :coach, :capacity, :other, :score, cast(:breakdown as jsonb),
                            :reasons)
                        """, rows);
    }

    /** The latest round's ranking, best first; names and biographies are the caller's to add. */
    public List<StoredCandidate> latestRound(UUID caseId) {
        return jdbc.sql("""
                        select m.rank, m.coach_id, m.capacity_left, m.other_organisation, m.score, m.breakdown, m.reasons
                        from match_candidate m
                        where m.case_id = :caseId
                          and m.round = (select max(round) from match_candidate where case_id = :caseId)
                        order by m.rank
                        """)
                .param("caseId", caseId)
                .query((rs, row) -> new StoredCandidate(rs.getInt("rank"),
                        new UserId(rs.getObject("coach_id", UUID.class)), rs.getInt("capacity_left"),
                        rs.getBoolean("other_organisation"), rs.getInt("score"), points(rs.getString("breakdown")),
                        List.of((String[]) rs.getArray("reasons").getArray())))
                .list();
    }

    public record StoredCandidate(int rank, UserId coach, int capacityLeft, boolean otherOrganisation, int score,
            Map<Criterion, Integer> points, List<String> reasons) {
    }

    /** @return whether it was new (a job delivered twice records once) */
    public boolean exclude(UUID caseId, UserId coach, Matching.Exclusion reason, long jobKey, Instant now) {
        return jdbc.sql("""
                        insert into match_exclusion (case_id, coach_id, reason, job_key, created_at)
                        values (:caseId, :coach, :reason, :jobKey, :now)
                        on conflict do nothing
                        """)
                .param("caseId", caseId).param("coach", coach.value()).param("reason", reason.name())
                .param("jobKey", jobKey).param("now", Timestamp.from(now))
                .update() == 1;
    }

    public int noGos(UUID caseId) {
        return jdbc.sql("select count(*) from match_exclusion where case_id = :caseId and reason = 'CHEMISTRY_NO_GO'")
                .param("caseId", caseId).query(Integer.class).single();
    }

    /** Who may not be offered the case again; the first reason recorded for each. */
    public Map<UserId, Matching.Exclusion> exclusions(UUID caseId) {
        var found = new HashMap<UserId, Matching.Exclusion>();
        jdbc.sql("select coach_id, reason from match_exclusion where case_id = :caseId order by created_at")
                .param("caseId", caseId)
                .query((rs, row) -> found.putIfAbsent(new UserId(rs.getObject("coach_id", UUID.class)),
                        Matching.Exclusion.valueOf(rs.getString("reason"))))
                .list();
        return found;
    }

    /** Holds the coach for the case until released; holding twice is one hold. */
    public void hold(UUID caseId, UserId coach, Instant now) {
        jdbc.sql("""
                        insert into match_hold (id, case_id, coach_id, held_at) values (:id, :caseId, :coach, :now)
                        on conflict do nothing
                        """)
                .param("id", UUID.randomUUID()).param("caseId", caseId).param("coach", coach.value())
                .param("now", Timestamp.from(now)).update();
    }

    /** Releases the case's holds: on one coach, or on every coach when coach is null. */
    public int release(UUID caseId, UserId coach, Instant now) {
        return jdbc.sql("""
                        update match_hold set released_at = :now
                        where case_id = :caseId and released_at is null
                          and (cast(:coach as uuid) is null or coach_id = :coach)
                        """)
                .param("caseId", caseId).param("coach", coach == null ? null : coach.value(), Types.OTHER)
                .param("now", Timestamp.from(now)).update();
    }

    /** Open holds: for each coach, the cases they are held for. */
    public Map<UserId, Set<UUID>> openHolds() {
        var holds = new HashMap<UserId, Set<UUID>>();
        jdbc.sql("select coach_id, case_id from match_hold where released_at is null")
                .query((rs, row) -> holds.computeIfAbsent(new UserId(rs.getObject("coach_id", UUID.class)),
                        k -> new HashSet<>()).add(rs.getObject("case_id", UUID.class)))
                .list();
        return holds;
    }

    /** The latest ranking round of the case, 0 before the first. */
    public int latestRoundNumber(UUID caseId) {
        return jdbc.sql("select coalesce(max(round), 0) from match_candidate where case_id = :caseId")
                .param("caseId", caseId).query(Integer.class).single();
    }

    /** @return true when this mentor is the round's first volunteer */
    public boolean claimVolunteer(UUID caseId, int round, UserId mentor, UUID workItem, Instant now) {
        return jdbc.sql("""
                        insert into match_volunteer (case_id, round, coach_id, work_item_id, volunteered_at)
                        values (:caseId, :round, :coach, :item, :now)
                        on conflict (case_id, round) do nothing
                        """)
                .param("caseId", caseId).param("round", round).param("coach", mentor.value()).param("item", workItem)
                .param("now", Timestamp.from(now)).update() == 1;
    }

    /** A case on the waiting list: since when, how urgent, whether it asks for mentoring. */
    public record Waiting(UUID caseId, Instant since, String urgency, boolean mentoring) {
    }

    /** Puts the case on the waiting list, or notes that it was ranked again if it is on it. */
    public void joinWaitingList(UUID caseId, boolean mentoring, Instant now) {
        jdbc.sql("""
                        insert into match_waiting (case_id, since, urgency, last_ranked_at, mentoring)
                        values (:caseId, :now, 'NORMAL', :now, :mentoring)
                        on conflict (case_id) do update set last_ranked_at = :now, mentoring = :mentoring,
                            since = case when match_waiting.left_at is null then match_waiting.since else :now end,
                            left_at = null
                        """)
                .param("caseId", caseId).param("now", Timestamp.from(now)).param("mentoring", mentoring).update();
    }

    public void leaveWaitingList(UUID caseId, Instant now) {
        jdbc.sql("update match_waiting set left_at = :now where case_id = :caseId and left_at is null")
                .param("caseId", caseId).param("now", Timestamp.from(now)).update();
    }

    /** Cases waiting now, most urgent first, then longest waiting. */
    public List<Waiting> waiting() {
        return jdbc.sql("""
                        select case_id, since, urgency, mentoring from match_waiting where left_at is null
                        order by urgency = 'URGENT' desc, since, case_id
                        """)
                .query((rs, row) -> new Waiting(rs.getObject("case_id", UUID.class),
                        rs.getTimestamp("since").toInstant(), rs.getString("urgency"), rs.getBoolean("mentoring")))
                .list();
    }

    public Optional<Instant> waitingSince(UUID caseId) {
        return jdbc.sql("select since from match_waiting where case_id = :caseId and left_at is null")
                .param("caseId", caseId).query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    /** @return whether the case is waiting */
    public boolean setUrgency(UUID caseId, String urgency) {
        return jdbc.sql("update match_waiting set urgency = :urgency where case_id = :caseId and left_at is null")
                .param("caseId", caseId).param("urgency", urgency).update() == 1;
    }

    public Map<Criterion, Integer> weights() {
        var weights = new EnumMap<Criterion, Integer>(Criterion.class);
        jdbc.sql("select criterion, weight from matching_weight")
                .query((rs, row) -> weights.put(Criterion.valueOf(rs.getString("criterion")), rs.getInt("weight")))
                .list();
        return weights;
    }

    /** Locks the weights while a change is written, so two admins saving at once both land in the history. */
    public Map<Criterion, Integer> lockWeights() {
        jdbc.sql("select criterion from matching_weight for update").query(String.class).list();
        return weights();
    }

    public void changeWeight(Criterion criterion, int oldWeight, int newWeight, UserId by, Instant now) {
        jdbc.sql("""
                        update matching_weight set weight = :weight, changed_by = :by, changed_at = :now
                        where criterion = :criterion
                        """)
                .param("weight", newWeight).param("by", by.value()).param("now", Timestamp.from(now))
                .param("criterion", criterion.name()).update();
        jdbc.sql("""
                        insert into matching_weight_change (id, criterion, old_weight, new_weight, changed_by, changed_at)
                        values (:id, :criterion, :old, :new, :by, :now)
                        """)
                .param("id", UUID.randomUUID()).param("criterion", criterion.name()).param("old", oldWeight)
                .param("new", newWeight).param("by", by.value()).param("now", Timestamp.from(now)).update();
    }

    public List<WeightChange> history(int limit) {
        return jdbc.sql("""
                        select criterion, old_weight, new_weight, changed_by, changed_at from matching_weight_change
                        order by changed_at desc, id limit :limit
                        """)
                .param("limit", limit)
                .query((rs, row) -> new WeightChange(Criterion.valueOf(rs.getString("criterion")),
                        rs.getInt("old_weight"), rs.getInt("new_weight"),
                        new UserId(rs.getObject("changed_by", UUID.class)), null,
                        rs.getTimestamp("changed_at").toInstant()))
                .list();
    }

    private static String json(Map<Criterion, Integer> points) {
        try {
            return JSON.writeValueAsString(points);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<Criterion, Integer> points(String json) {
        try {
            Map<String, Integer> raw = JSON.readValue(json, new TypeReference<>() {
            });
            var points = new EnumMap<Criterion, Integer>(Criterion.class);
            raw.forEach((k, v) -> points.put(Criterion.valueOf(k), v));
            return points;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

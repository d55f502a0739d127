package org.coachingpool.matching;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ranks the pool for a case and remembers who may not be offered it again.
 *
 * <p>A candidate offers the kind of support decided at triage, has capacity left (relationships
 * they may hold minus those running), is neither the thinker nor their sponsor (no
 * line-management conflict), and has not declined, let an offer lapse or had a chemistry no-go
 * on this case. Candidates from another organisation come first (a fresh perspective and no
 * same-team conflict), then those with most capacity left.
 */
@Service
public class Matching {

    public enum Exclusion { DECLINED, NO_RESPONSE, CHEMISTRY_NO_GO }

    private final JdbcClient jdbc;
    private final Clock clock;

    Matching(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Ranks candidates for a new matching round and stores the ranking. */
    @Transactional
    public List<Candidate> rank(UUID caseId, String supportKind) {
        List<Candidate> ranked = jdbc.sql("""
                        select u.username, u.display_name, u.id,
                               pm.max_active_relationships - (
                                   select count(*) from relationship_case running
                                   where running.coach_id = u.id and running.closed_at is null and running.id <> c.id
                               ) as capacity_left,
                               u.organisation_id <> t.organisation_id as other_organisation
                        from relationship_case c
                        join user_account t on t.id = c.thinker_id
                        join pool_member pm on true
                        join user_account u on u.id = pm.user_id
                        where c.id = :caseId
                          and u.enabled
                          and case when :kind = 'MENTORING' then pm.offers_mentoring else pm.offers_coaching end
                          and u.id <> c.thinker_id and u.id <> c.sponsor_id
                          and not exists (select 1 from match_exclusion e where e.case_id = c.id and e.coach_id = u.id)
                        order by other_organisation desc, capacity_left desc, u.display_name
                        """)
                .param("caseId", caseId)
                .param("kind", supportKind)
                .query((rs, row) -> new Candidate(0, rs.getString("username"), rs.getString("display_name"),
                        rs.getInt("capacity_left"), rs.getBoolean("other_organisation")))
                .list()
                .stream().filter(c -> c.capacityLeft() > 0).toList();
        int round = jdbc.sql("select coalesce(max(round), 0) + 1 from match_candidate where case_id = :caseId")
                .param("caseId", caseId).query(Integer.class).single();
        List<Candidate> numbered = new java.util.ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Candidate c = ranked.get(i);
            numbered.add(new Candidate(i + 1, c.username(), c.displayName(), c.capacityLeft(), c.otherOrganisation()));
            jdbc.sql("""
                            insert into match_candidate (case_id, round, rank, coach_id, capacity_left, other_organisation)
                            select :caseId, :round, :rank, id, :capacity, :other from user_account where username = :username
                            """)
                    .param("caseId", caseId).param("round", round).param("rank", i + 1)
                    .param("capacity", c.capacityLeft()).param("other", c.otherOrganisation())
                    .param("username", c.username())
                    .update();
        }
        return numbered;
    }

    /** The latest ranking of a case, for the pool admin choosing how to match. */
    public List<Candidate> latestRanking(UUID caseId) {
        return jdbc.sql("""
                        select m.rank, u.username, u.display_name, m.capacity_left, m.other_organisation
                        from match_candidate m join user_account u on u.id = m.coach_id
                        where m.case_id = :caseId
                          and m.round = (select max(round) from match_candidate where case_id = :caseId)
                        order by m.rank
                        """)
                .param("caseId", caseId)
                .query((rs, row) -> new Candidate(rs.getInt("rank"), rs.getString("username"),
                        rs.getString("display_name"), rs.getInt("capacity_left"), rs.getBoolean("other_organisation")))
                .list();
    }

    /**
     * Keeps a coach from being offered the case again, and frees the case from them if they
     * were its coach. Idempotent on the engine job that asked for it.
     *
     * @return how many chemistry no-gos the case has had
     */
    @Transactional
    public int exclude(UUID caseId, String coachUsername, Exclusion reason, long jobKey) {
        jdbc.sql("""
                        insert into match_exclusion (case_id, coach_id, reason, job_key, created_at)
                        select :caseId, id, :reason, :jobKey, :now from user_account where username = :username
                        on conflict do nothing
                        """)
                .param("caseId", caseId).param("reason", reason.name()).param("jobKey", jobKey)
                .param("now", java.sql.Timestamp.from(clock.instant())).param("username", coachUsername)
                .update();
        jdbc.sql("""
                        update relationship_case set coach_id = null
                        where id = :caseId and coach_id = (select id from user_account where username = :username)
                        """)
                .param("caseId", caseId).param("username", coachUsername).update();
        return jdbc.sql("select count(*) from match_exclusion where case_id = :caseId and reason = 'CHEMISTRY_NO_GO'")
                .param("caseId", caseId).query(Integer.class).single();
    }
}

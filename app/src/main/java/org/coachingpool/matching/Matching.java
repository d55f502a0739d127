package org.coachingpool.matching;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.worklist.WorkItem;
import org.coachingpool.worklist.WorkItemId;
import org.coachingpool.worklist.WorkItemUnavailableException;
import org.coachingpool.worklist.Worklist;
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

    /** How the pool admin matches: offer one coach, let the thinker choose, or ask the mentor list. */
    public enum Mode { OFFER_ONE, SHORTLIST, MENTOR_LIST }

    static final int SHORTLIST_MAX = 3;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Worklist worklist;

    Matching(JdbcClient jdbc, Clock clock, Worklist worklist) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.worklist = worklist;
    }

    /** The case behind a matching task and its latest ranking, for the pool admin's form. */
    /** The case behind a pool admin's matching task. */
    public org.coachingpool.cases.CaseId caseOf(WorkItemId itemId, CurrentUser admin) {
        return new org.coachingpool.cases.CaseId(task(itemId, admin, RelationshipProcess.TASK_CHOOSE_MATCH).caseId());
    }

    public List<Candidate> candidatesFor(WorkItemId itemId,
            CurrentUser admin) {
        var item = task(itemId, admin, RelationshipProcess.TASK_CHOOSE_MATCH);
        return latestRanking(item.caseId());
    }

    /** The ways this case can be matched: the mentor list only for a request triaged as mentoring. */
    public List<Mode> modesFor(WorkItemId itemId, CurrentUser admin) {
        var item = task(itemId, admin, RelationshipProcess.TASK_CHOOSE_MATCH);
        return "MENTORING".equals(item.context().get("supportKind")) ? List.of(Mode.values())
                : List.of(Mode.OFFER_ONE, Mode.SHORTLIST);
    }

    /**
     * Records how the pool admin matches. Coaches must come from the latest ranking; the mentor
     * list is for mentoring only.
     *
     * @throws InvalidInputException naming what to correct
     */
    @Transactional
    public void choose(WorkItemId itemId, CurrentUser admin,
            Mode mode, List<String> coaches) {
        var item = task(itemId, admin, RelationshipProcess.TASK_CHOOSE_MATCH);
        if (mode == null) {
            throw new InvalidInputException("mode", "Choose how to match.");
        }
        var ranked = latestRanking(item.caseId()).stream().map(Candidate::username).toList();
        Map<String, Object> variables = new HashMap<>();
        variables.put("matchMode", mode.name());
        switch (mode) {
            case OFFER_ONE -> {
                if (coaches.size() != 1 || !ranked.contains(coaches.getFirst())) {
                    throw new InvalidInputException("coaches",
                            "Choose one coach or mentor from the list to offer the case to.");
                }
                variables.put("offeredCoach", coaches.getFirst());
            }
            case SHORTLIST -> {
                if (coaches.isEmpty() || coaches.size() > SHORTLIST_MAX || !ranked.containsAll(coaches)) {
                    throw new InvalidInputException("coaches",
                            "Choose one to three people from the list for the thinker to choose from.");
                }
                variables.put("shortlist", List.copyOf(coaches));
            }
            case MENTOR_LIST -> {
                if (!"MENTORING".equals(item.context().get("supportKind")) || ranked.isEmpty()) {
                    throw new InvalidInputException("mode",
                            "Only a mentoring request with mentors available can go to the mentor list.");
                }
            }
        }
        worklist.complete(itemId, RelationshipProcess.TASK_CHOOSE_MATCH, admin, variables);
    }

    /** The people on the thinker's shortlist, with their names. */
    public List<Candidate> shortlistFor(WorkItemId itemId,
            CurrentUser thinker) {
        var item = task(itemId, thinker, RelationshipProcess.TASK_CHOOSE_FROM_SHORTLIST);
        List<?> shortlist = item.context().get("shortlist") instanceof List<?> list ? list : List.of();
        return latestRanking(item.caseId()).stream().filter(c -> shortlist.contains(c.username())).toList();
    }

    /** @throws InvalidInputException when the choice is not on the shortlist */
    @Transactional
    public void chooseFromShortlist(WorkItemId itemId,
            CurrentUser thinker, String coach) {
        boolean listed = shortlistFor(itemId, thinker).stream().anyMatch(c -> c.username().equals(coach));
        if (!listed) {
            throw new InvalidInputException("coach", "Choose one of the people listed.");
        }
        worklist.complete(itemId, RelationshipProcess.TASK_CHOOSE_FROM_SHORTLIST, thinker, Map.of("offeredCoach", coach));
    }

    private WorkItem task(WorkItemId itemId,
            CurrentUser user, String elementId) {
        var item = worklist.get(itemId, user);
        if (!elementId.equals(item.elementId())) {
            throw new WorkItemUnavailableException("This task is not about matching.");
        }
        return item;
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

package org.coachingpool.pool.repository;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.coachingpool.ids.TypedId;
import org.coachingpool.pool.Accreditation;
import org.coachingpool.pool.ApplicationId;
import org.coachingpool.pool.CoachProfile;
import org.coachingpool.pool.MemberKind;
import org.coachingpool.pool.MemberStatus;
import org.coachingpool.pool.Modality;
import org.coachingpool.pool.ProfileChange;
import org.coachingpool.pool.SampleMembers;
import org.coachingpool.request.DevelopmentArea;
import org.coachingpool.security.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL on the pool's tables: profiles ({@code pool_member}) and the ledger ({@code ledger_entry}). */
@Repository
public class PoolRepository {

    private static final String PROFILE = """
            select user_id, offers_coaching, offers_mentoring, accreditations, specialisms, modality, location,
                   biography, supervision_due, cpd_due, status, paused_until, max_active_relationships,
                   pledged_hours_per_year, pledge_term_years, joined_on, updated_at
            from pool_member
            """;

    private final JdbcClient jdbc;

    PoolRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CoachProfile> profiles() {
        return jdbc.sql(PROFILE).query(PoolRepository::profile).list();
    }

    /** What the given members wrote about themselves, for those who wrote something. */
    public Map<UserId, String> biographies(Collection<UserId> ids) {
        var found = new HashMap<UserId, String>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.sql("select user_id, biography from pool_member where user_id = any(:ids) and biography is not null")
                .param("ids", ids.stream().map(UserId::value).toArray(UUID[]::new))
                .query((rs, row) -> found.put(new UserId(rs.getObject("user_id", UUID.class)), rs.getString("biography")))
                .list();
        return found;
    }

    public Optional<CoachProfile> profile(UserId id) {
        return jdbc.sql(PROFILE + " where user_id = :id").param("id", id.value()).query(PoolRepository::profile)
                .optional();
    }

    /** Locks the member's row until the transaction ends: offers to one member are made one at a time. */
    public void lock(UserId id) {
        jdbc.sql("select user_id from pool_member where user_id = :id for update").param("id", id.value())
                .query(UUID.class).optional();
    }

    /**
     * Stores the change unless the profile changed since {@code loadedAt}.
     *
     * @return false when someone else changed it first (or it does not exist)
     */
    public boolean update(UserId id, ProfileChange change, Instant loadedAt, Instant now) {
        return jdbc.sql("""
                        update pool_member set offers_coaching = :coaching, offers_mentoring = :mentoring,
                            accreditations = :accreditations, specialisms = :specialisms, modality = :modality,
                            location = :location, biography = :biography, supervision_due = :supervisionDue,
                            cpd_due = :cpdDue, status = :status, paused_until = :pausedUntil,
                            max_active_relationships = :max, pledged_hours_per_year = :hours,
                            pledge_term_years = :term, updated_at = :now
                        where user_id = :id and updated_at is not distinct from :loadedAt
                        """)
                .param("id", id.value())
                .param("coaching", change.kind().coaches()).param("mentoring", change.kind().mentors())
                .param("accreditations", names(change.accreditations()))
                .param("specialisms", names(change.specialisms()))
                .param("modality", change.modality().name())
                .param("location", change.location()).param("biography", change.biography())
                .param("supervisionDue", change.supervisionDue()).param("cpdDue", change.cpdDue())
                .param("status", change.status().name()).param("pausedUntil", change.pausedUntil())
                .param("max", change.maxActiveRelationships()).param("hours", change.pledgedHoursPerYear())
                .param("term", change.pledgeTermYears())
                .param("now", Timestamp.from(now))
                .param("loadedAt", loadedAt == null ? null : Timestamp.from(loadedAt), Types.TIMESTAMP)
                .update() == 1;
    }

    /** An offer to coach or mentor, as stored. */
    public record StoredApplication(ApplicationId id, UserId applicant, MemberKind kind, String motivation, String experience,
            String status, LocalDate trainingCompletedOn, Set<Accreditation> accreditations, String changesRequested,
            Instant createdAt, Instant processStartedAt) {
    }

    private static final String APPLICATION = """
            select id, applicant_id, kind, motivation, experience, status, training_completed_on, accreditations,
                   changes_requested, created_at, process_started_at
            from pool_application
            """;

    /** @return false when the person already has an offer open */
    public boolean insertApplication(ApplicationId id, UserId applicant, MemberKind kind, String motivation, String experience,
            Instant now) {
        return jdbc.sql("""
                        insert into pool_application (id, applicant_id, kind, motivation, experience, status,
                            created_at, updated_at)
                        values (:id, :applicant, :kind, :motivation, :experience, 'OFFERED', :now, :now)
                        on conflict do nothing
                        """)
                .param("id", id.value()).param("applicant", applicant.value()).param("kind", kind.name())
                .param("motivation", motivation).param("experience", experience).param("now", Timestamp.from(now))
                .update() == 1;
    }

    public Optional<StoredApplication> application(ApplicationId id) {
        return jdbc.sql(APPLICATION + " where id = :id").param("id", id.value()).query(PoolRepository::application).optional();
    }

    /** The person's latest offer, open or not. */
    public Optional<StoredApplication> latestApplication(UserId applicant) {
        return jdbc.sql(APPLICATION + " where applicant_id = :id order by created_at desc limit 1")
                .param("id", applicant.value()).query(PoolRepository::application).optional();
    }

    /** Every offer the person made, oldest first. */
    public List<StoredApplication> applications(UserId applicant) {
        return jdbc.sql(APPLICATION + " where applicant_id = :id order by created_at")
                .param("id", applicant.value()).query(PoolRepository::application).list();
    }

    /** Whether the person has an offer to join that is still being worked on. */
    public boolean hasOpenApplication(UserId applicant) {
        return jdbc.sql("""
                        select count(*) from pool_application where applicant_id = :id
                        and status in ('OFFERED', 'IN_TRAINING', 'WRITING_PROFILE', 'AWAITING_APPROVAL')
                        """)
                .param("id", applicant.value()).query(Integer.class).single() > 0;
    }

    /**
     * Erasure at the person's request: their offers to join go, and a member's profile keeps only
     * what the coach's ledger and past matching need (the row, marked as left).
     */
    public void erase(UserId person) {
        jdbc.sql("delete from pool_application where applicant_id = :id").param("id", person.value()).update();
        jdbc.sql("""
                        update pool_member
                        set biography = null, location = null, accreditations = '{}', specialisms = '{}',
                            supervision_due = null, cpd_due = null, status = 'LEFT', paused_until = null
                        where user_id = :id
                        """)
                .param("id", person.value()).update();
    }

    public void applicationStarted(ApplicationId id, Instant now) {
        jdbc.sql("update pool_application set process_started_at = :now where id = :id and process_started_at is null")
                .param("id", id.value()).param("now", Timestamp.from(now)).update();
    }

    public void applicationStatus(ApplicationId id, String status, Instant now) {
        jdbc.sql("update pool_application set status = :status, updated_at = :now where id = :id")
                .param("id", id.value()).param("status", status).param("now", Timestamp.from(now)).update();
    }

    public void trainingRecorded(ApplicationId id, LocalDate completedOn, Set<Accreditation> accreditations, Instant now) {
        jdbc.sql("""
                        update pool_application set training_completed_on = :on, accreditations = :accreditations,
                            updated_at = :now where id = :id
                        """)
                .param("id", id.value()).param("on", completedOn).param("accreditations", names(accreditations))
                .param("now", Timestamp.from(now)).update();
    }

    public void changesRequested(ApplicationId id, String changes, Instant now) {
        jdbc.sql("update pool_application set changes_requested = :changes, updated_at = :now where id = :id")
                .param("id", id.value()).param("changes", changes).param("now", Timestamp.from(now)).update();
    }

    /** Opens a joining member's profile, once. */
    public void insertJoiningMember(UserId id, MemberKind kind, Set<Accreditation> accreditations, LocalDate joinedOn,
            Instant now) {
        jdbc.sql("""
                        insert into pool_member (user_id, offers_coaching, offers_mentoring, max_active_relationships,
                            pledged_hours_per_year, joined_on, accreditations, status, updated_at)
                        values (:id, :coaching, :mentoring, 2, 12, :joined, :accreditations, 'JOINING', :now)
                        on conflict (user_id) do nothing
                        """)
                .param("id", id.value()).param("coaching", kind.coaches()).param("mentoring", kind.mentors())
                .param("joined", joinedOn).param("accreditations", names(accreditations))
                .param("now", Timestamp.from(now)).update();
    }

    /** An active member with a sample profile, for the demo and the simulator. */
    public void insertSampleMember(UserId id, SampleMembers.SampleMember member) {
        jdbc.sql("""
                        insert into pool_member (user_id, offers_coaching, offers_mentoring,
                            max_active_relationships, pledged_hours_per_year, joined_on, accreditations,
                            specialisms, modality, location, biography, supervision_due, cpd_due)
                        values (:id, :coaching, :mentoring, :capacity, :hours, :joined, :accreditations,
                            :specialisms, :modality, :location, :biography, :supervision, :cpd)
                        """)
                .param("id", id.value()).param("coaching", member.coaching()).param("mentoring", member.mentoring())
                .param("capacity", member.capacity()).param("hours", member.pledgedHours())
                .param("joined", member.joinedOn()).param("accreditations", names(member.accreditations()))
                .param("specialisms", names(member.specialisms())).param("modality", member.modality().name())
                .param("location", member.location()).param("biography", member.biography())
                .param("supervision", member.supervisionDue(), Types.DATE).param("cpd", member.cpdDue(), Types.DATE)
                .update();
    }

    /** A joining member becomes active; the pledge term starts today. */
    public void activate(UserId id, LocalDate today, Instant now) {
        jdbc.sql("""
                        update pool_member set status = 'ACTIVE', joined_on = :today, updated_at = :now
                        where user_id = :id and status = 'JOINING'
                        """)
                .param("id", id.value()).param("today", today).param("now", Timestamp.from(now)).update();
    }

    private static StoredApplication application(ResultSet rs, int row) throws SQLException {
        var started = rs.getTimestamp("process_started_at");
        return new StoredApplication(TypedId.read(rs, "id", ApplicationId::new), TypedId.read(rs, "applicant_id", UserId::new),
                MemberKind.valueOf(rs.getString("kind")), rs.getString("motivation"), rs.getString("experience"),
                rs.getString("status"), rs.getObject("training_completed_on", LocalDate.class),
                enums(rs.getArray("accreditations"), Accreditation.class), rs.getString("changes_requested"),
                rs.getTimestamp("created_at").toInstant(), started == null ? null : started.toInstant());
    }

    /** Adds a closed relationship's minutes to the coach's ledger; once per case and coach. */
    public void addLedgerEntry(UUID caseId, UserId coach, int minutes, int sessions, LocalDate closedOn) {
        jdbc.sql("""
                        insert into ledger_entry (case_id, coach_id, minutes, sessions, closed_on)
                        values (:caseId, :coach, :minutes, :sessions, :closedOn)
                        on conflict (case_id, coach_id) do nothing
                        """)
                .param("caseId", caseId).param("coach", coach.value()).param("minutes", minutes)
                .param("sessions", sessions).param("closedOn", closedOn).update();
    }

    /** Each coach's ledger entries closed from the given day. */
    public Map<UserId, List<LedgerEntry>> ledgerSince(LocalDate from) {
        var entries = new HashMap<UserId, List<LedgerEntry>>();
        jdbc.sql("select coach_id, minutes, closed_on from ledger_entry where closed_on >= :from")
                .param("from", from)
                .query((rs, row) -> entries.computeIfAbsent(new UserId(rs.getObject("coach_id", UUID.class)),
                        k -> new ArrayList<>()).add(new LedgerEntry(rs.getInt("minutes"),
                        rs.getObject("closed_on", LocalDate.class))))
                .list();
        return entries;
    }

    public int minutesGiven(UserId coach, int year) {
        return jdbc.sql("""
                        select coalesce(sum(minutes), 0) from ledger_entry
                        where coach_id = :coach and extract(year from closed_on) = :year
                        """)
                .param("coach", coach.value()).param("year", year).query(Integer.class).single();
    }

    /** A closed relationship's minutes, on the day it closed. */
    public record LedgerEntry(int minutes, LocalDate closedOn) {
    }

    private static String[] names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    private static <E extends Enum<E>> Set<E> enums(Array array, Class<E> type) throws SQLException {
        Set<E> set = EnumSet.noneOf(type);
        Arrays.stream((String[]) array.getArray()).map(name -> Enum.valueOf(type, name)).forEach(set::add);
        return set;
    }

    private static CoachProfile profile(ResultSet rs, int row) throws SQLException {
        var updated = rs.getTimestamp("updated_at");
        return new CoachProfile(new UserId(rs.getObject("user_id", UUID.class)),
                MemberKind.of(rs.getBoolean("offers_coaching"), rs.getBoolean("offers_mentoring")),
                enums(rs.getArray("accreditations"), Accreditation.class),
                enums(rs.getArray("specialisms"), DevelopmentArea.class),
                Modality.valueOf(rs.getString("modality")), rs.getString("location"), rs.getString("biography"),
                rs.getObject("supervision_due", LocalDate.class), rs.getObject("cpd_due", LocalDate.class),
                MemberStatus.valueOf(rs.getString("status")), rs.getObject("paused_until", LocalDate.class),
                rs.getInt("max_active_relationships"), rs.getInt("pledged_hours_per_year"),
                rs.getInt("pledge_term_years"), rs.getObject("joined_on", LocalDate.class),
                updated == null ? null : updated.toInstant());
    }
}

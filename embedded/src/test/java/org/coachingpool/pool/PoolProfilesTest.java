package org.coachingpool.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.platform.UkDates;
import org.coachingpool.request.DevelopmentArea;
import org.coachingpool.request.KindWanted;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.NotAllowedException;
import org.coachingpool.security.TestUsers;
import org.coachingpool.support.CaseJourney;
import org.coachingpool.support.EmbeddedStackTest;
import org.coachingpool.support.TestPool;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class PoolProfilesTest extends EmbeddedStackTest {

    @Autowired Pool pool;
    @Autowired TestPool testPool;
    @Autowired TestUsers users;
    @Autowired CaseJourney journey;
    @Autowired PoolReminders reminders;
    @Autowired JdbcClient jdbc;

    @Test
    void aCoachChangesTheirOwnProfileButNotWhatThePoolTeamSets() {
        CurrentUser coach = users.get(testPool.coach());
        var before = pool.member(coach.id(), coach).orElseThrow().profile();
        var change = ProfileChange.of(before);
        pool.updateProfile(coach.id(), new ProfileChange(MemberKind.BOTH, EnumSet.of(Accreditation.ICF),
                EnumSet.of(DevelopmentArea.CAREER), Modality.VIRTUAL, " Leeds ", "I coach new managers.", null, null,
                MemberStatus.ACTIVE, null, 4, 100, 5, change.loadedAt()), coach);

        var after = pool.member(coach.id(), coach).orElseThrow().profile();
        assertThat(after.specialisms()).containsExactly(DevelopmentArea.CAREER);
        assertThat(after.modality()).isEqualTo(Modality.VIRTUAL);
        assertThat(after.location()).isEqualTo("Leeds");
        assertThat(after.biography()).isEqualTo("I coach new managers.");
        assertThat(after.maxActiveRelationships()).isEqualTo(4);
        assertThat(after.kind()).as("what they offer is the pool team's to set").isEqualTo(MemberKind.COACH);
        assertThat(after.accreditations()).isEmpty();
        assertThat(after.pledgedHoursPerYear()).isEqualTo(12);
        assertThat(after.pledgeTermYears()).isEqualTo(2);
    }

    @Test
    void thePoolTeamSetsTheKindAccreditationsAndPledge() {
        CurrentUser admin = users.get("pooladmin");
        CurrentUser coach = users.get(testPool.coach());
        var before = pool.member(coach.id(), admin).orElseThrow().profile();
        pool.updateProfile(coach.id(), new ProfileChange(MemberKind.BOTH, EnumSet.of(Accreditation.ILM_7),
                before.specialisms(), before.modality(), null, null, LocalDate.now().plusMonths(2), null,
                MemberStatus.ACTIVE, null, 3, 24, 3, before.updatedAt()), admin);
        var member = pool.member(coach.id(), admin).orElseThrow();
        assertThat(member.profile().kind()).isEqualTo(MemberKind.BOTH);
        assertThat(member.profile().accreditations()).containsExactly(Accreditation.ILM_7);
        assertThat(member.pledge().hoursForTerm()).as("24 hours a year for three years").isEqualTo(72);
        assertThat(member.pledge().termStart()).isEqualTo(member.profile().joinedOn());
        assertThat(member.pledge().termEnd()).isEqualTo(member.profile().joinedOn().plusYears(3).minusDays(1));
        assertThat(member.pledge().endsSoon()).isFalse();
    }

    @Test
    void badInputIsRefusedNamingEveryFieldAndNothingIsStored() {
        CurrentUser admin = users.get("pooladmin");
        CurrentUser coach = users.get(testPool.coach());
        var before = pool.member(coach.id(), admin).orElseThrow().profile();
        assertThatThrownBy(() -> pool.updateProfile(coach.id(), new ProfileChange(MemberKind.COACH, Set.of(), Set.of(),
                Modality.BOTH, null, "Hidden\u0000character", LocalDate.of(1900, 1, 1), null, MemberStatus.PAUSED,
                LocalDate.now().minusDays(1), 25, -1, 9, before.updatedAt()), admin))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field)
                        .containsExactlyInAnyOrder("pausedUntil", "maxActiveRelationships", "pledgedHoursPerYear",
                                "pledgeTermYears", "biography", "supervisionDue"));
        assertThat(pool.member(coach.id(), admin).orElseThrow().profile()).isEqualTo(before);
    }

    @Test
    void aChangeMadeInAnotherTabIsNotOverwritten() {
        CurrentUser admin = users.get("pooladmin");
        CurrentUser coach = users.get(testPool.coach());
        var opened = pool.member(coach.id(), coach).orElseThrow().profile();
        var byAdmin = ProfileChange.of(opened);
        pool.updateProfile(coach.id(), new ProfileChange(byAdmin.kind(), byAdmin.accreditations(), byAdmin.specialisms(),
                byAdmin.modality(), "Coventry", null, null, null, MemberStatus.ACTIVE, null, 2, 12, 2, byAdmin.loadedAt()),
                admin);
        assertThatThrownBy(() -> pool.updateProfile(coach.id(), new ProfileChange(opened.kind(), Set.of(), Set.of(),
                Modality.VIRTUAL, null, null, null, null, MemberStatus.ACTIVE, null, 5, 12, 2, opened.updatedAt()), coach))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Someone changed this profile");
        assertThat(pool.member(coach.id(), coach).orElseThrow().profile().location()).isEqualTo("Coventry");
    }

    @Test
    void nobodyElseReadsOrChangesAProfile() {
        CurrentUser coach = users.get(testPool.coach());
        CurrentUser other = users.get(testPool.coach());
        CurrentUser thinker = users.get("thinker");
        assertThat(pool.member(coach.id(), other)).isEmpty();
        assertThat(pool.member(coach.id(), thinker)).isEmpty();
        var profile = pool.member(coach.id(), coach).orElseThrow().profile();
        assertThatThrownBy(() -> pool.updateProfile(coach.id(), ProfileChange.of(profile), other))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> pool.overview(Pool.Filter.ALL, other)).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void aCoachWithAnOfferWaitingCannotPauseUntilTheyAnswer() {
        String username = testPool.coach();
        CurrentUser coach = users.get(username);
        var id = journey.toOffer(username, KindWanted.COACHING);
        var profile = pool.member(coach.id(), coach).orElseThrow().profile();
        var change = ProfileChange.of(profile);
        assertThatThrownBy(() -> pool.updateProfile(coach.id(), new ProfileChange(change.kind(), change.accreditations(),
                change.specialisms(), change.modality(), null, null, null, null, MemberStatus.PAUSED,
                LocalDate.now().plusMonths(1), 5, 12, 2, change.loadedAt()), coach))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("status");
                    assertThat(e.getMessage()).contains("offer waiting").contains("CP-");
                });
        assertThat(pool.member(coach.id(), coach).orElseThrow().profile().status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(id).isNotNull();
    }

    @Test
    void aCoachIsRemindedOnTheirTaskListAndOnceByEmailWhenSupervisionOrCpdIsDue() {
        CurrentUser admin = users.get("pooladmin");
        CurrentUser coach = users.get(testPool.coach());
        assertThat(reminders.noticesFor(coach)).isEmpty();
        var change = ProfileChange.of(pool.member(coach.id(), admin).orElseThrow().profile());
        pool.updateProfile(coach.id(), new ProfileChange(change.kind(), change.accreditations(), change.specialisms(),
                change.modality(), null, null, LocalDate.now().minusDays(3), LocalDate.now().plusDays(10),
                MemberStatus.ACTIVE, null, 5, 12, 2, change.loadedAt()), admin);
        assertThat(reminders.noticesFor(coach)).hasSize(2)
                .anySatisfy(n -> assertThat(n).startsWith("Your supervision was due on"))
                .anySatisfy(n -> assertThat(n).startsWith("Your CPD record is due on"));
        assertThat(reminders.noticesFor(users.get("thinker"))).as("not a member").isEmpty();

        reminders.emailReminders();
        reminders.emailReminders();
        var emails = jdbc.sql("""
                        select subject, link from mail_outbox where recipient_id = :id and cause like 'pool-reminder:%'
                        """).param("id", coach.id().value())
                .query((rs, row) -> rs.getString("subject") + " -> " + rs.getString("link")).list();
        assertThat(emails).as("each reminder once, however often the morning run comes").hasSize(2)
                .anySatisfy(e -> assertThat(e).startsWith("Your supervision was due on").endsWith("/profile"))
                .anySatisfy(e -> assertThat(e).startsWith("Your CPD record is due on").endsWith("/profile"));
    }

    @Test
    void aCoachWhosePledgeTermEndsWithinTwoMonthsIsRemindedAndTheLedgerWarns() {
        CurrentUser coach = users.get(testPool.coach());
        jdbc.sql("update pool_member set joined_on = current_date - interval '2 years' + interval '30 days' where user_id = :id")
                .param("id", coach.id().value()).update();
        LocalDate lastDay = LocalDate.now().minusYears(2).plusDays(30).plusYears(2).minusDays(1);
        assertThat(pool.member(coach.id(), coach).orElseThrow().pledge()).satisfies(p -> {
            assertThat(p.endsSoon()).isTrue();
            assertThat(p.termEnd()).isEqualTo(lastDay);
        });
        assertThat(reminders.noticesFor(coach)).containsExactly("Your pledge term ends on "
                + UkDates.date(lastDay) + ": agree a new pledge with the pool team.");
    }

    @Test
    void thePoolOverviewFiltersBySpecialismAndStatus() {
        CurrentUser admin = users.get("pooladmin");
        var leadership = pool.overview(new Pool.Filter(null, DevelopmentArea.LEADERSHIP, MemberStatus.ACTIVE), admin);
        assertThat(leadership).extracting(m -> m.person().username()).contains("coach1").doesNotContain("coach2");
        assertThat(leadership).allSatisfy(m -> assertThat(m.profile().specialisms()).contains(DevelopmentArea.LEADERSHIP));
    }
}

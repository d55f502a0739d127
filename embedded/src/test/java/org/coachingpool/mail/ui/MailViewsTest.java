package org.coachingpool.mail.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import java.time.Duration;
import org.assertj.core.api.Assertions;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.mail.Mail;
import org.coachingpool.mail.MailFilter;
import org.coachingpool.mail.MailFrequency;
import org.coachingpool.mail.MailState;
import org.coachingpool.mail.SentMail;
import org.coachingpool.support.CaseJourney;
import org.coachingpool.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** In the embedded default the pool team reads every email on "Sent mail"; each person picks how often. */
class MailViewsTest extends ViewTest {

    @Autowired CaseJourney journey;
    @Autowired Mail mail;

    @Test
    void thePoolTeamFindsACasesEmailAndReadsItWhileNothingLeavesTheDemonstration() {
        CaseId id = journey.toEndorsement();
        String reference = journey.task("sponsor", id, RelationshipProcess.TASK_ENDORSE)
                .caseReference();
        await().atMost(Duration.ofSeconds(20)).until(() -> mail.find(new MailFilter(null, null, reference, 10),
                users.get("pooladmin")).stream().anyMatch(m -> m.state() == MailState.CAUGHT));

        signInAndOpen("pooladmin", "sent-mail");
        SentMailView view = _get(SentMailView.class);
        assertThat(view.getElement().getTextRecursively()).contains("This is a demonstration");
        _setValue(view.caseReference, reference);
        var rows = view.grid.getListDataView().getItems().toList();
        assertThat(rows).isNotEmpty().allMatch(m -> reference.equals(m.caseReference()));
        SentMail toSponsor = rows.stream().filter(m -> m.toAddress().equals("sponsor@example.org")).findFirst()
                .orElseThrow();
        assertThat(SentMailView.status(toSponsor)).startsWith("Kept, not sent on ");

        assertThat(view.detailsOf(toSponsor).getElement().getTextRecursively())
                .contains(toSponsor.subject(), "Dear Tom Bennett", "Open the task:");
        // Issue 28: the chosen email opens below the list at its full length, not squeezed into a row.
        view.grid.select(toSponsor);
        assertThat(view.reading.getElement().getTextRecursively()).contains("Dear Tom Bennett", "Open the task:");
        view.grid.deselectAll();
        assertThat(view.reading.getChildren()).isEmpty();
        _setValue(view.state, MailState.FAILED);
        assertThat(view.grid.getListDataView().getItems()).allMatch(m -> m.state() == MailState.FAILED);
    }

    @Test
    void aPersonChoosesOneEmailADay() {
        var coach = signInAndOpen("coach3", "email-settings");
        EmailSettingsView view = _get(EmailSettingsView.class);
        assertThat(view.getElement().getTextRecursively()).contains("We email you at coach3@example.org",
                "never contains what anyone wrote");
        assertThat(view.frequency.getValue()).isEqualTo(MailFrequency.EACH);
        _setValue(view.frequency, MailFrequency.DAILY);
        _click(view.save);
        assertThat(mail.frequencyOf(coach.id())).isEqualTo(MailFrequency.DAILY);

        signInAndOpen("coach3", "email-settings");
        assertThat(_get(EmailSettingsView.class).frequency.getValue()).as("the choice is kept").isEqualTo(MailFrequency.DAILY);
        mail.choose(coach, MailFrequency.EACH);
    }

    @Test
    void onlyThePoolTeamOpensSentMail() {
        Assertions.assertThatThrownBy(() -> signInAndOpen("coach1", "sent-mail"))
                .isInstanceOf(MockAccessDeniedException.class);
    }
}

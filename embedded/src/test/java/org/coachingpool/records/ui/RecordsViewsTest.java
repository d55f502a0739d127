package org.coachingpool.records.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.Cases;
import org.coachingpool.people.People;
import org.coachingpool.records.Retention;
import org.coachingpool.support.CaseJourney;
import org.coachingpool.support.TestPool;
import org.coachingpool.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The pool team sets how long records are kept, and copies or erases one person's records. */
class RecordsViewsTest extends ViewTest {

    @Autowired CaseJourney journey;
    @Autowired TestPool pool;
    @Autowired Retention retention;
    @Autowired Cases cases;
    @Autowired People people;

    @Test
    void thePoolTeamSetsTheRetentionPeriodAndIsToldTheRangeWhenItIsWrong() {
        int before = retention.setting().yearsAfterClose();
        try {
            signInAndOpen("pooladmin", "records");
            RecordsView view = _get(RecordsView.class);
            assertThat(view.current.getText()).contains("Closed cases are kept for " + before + " years");
            _setValue(view.years, 0);
            _click(view.save);
            assertThat(view.errors.getElement().getTextRecursively()).contains("Enter a whole number of years from 1 to 10");
            _setValue(view.years, 4);
            _click(view.save);
            assertThat(view.done.getText()).isEqualTo("Saved: closed cases are now kept for 4 years.");
            assertThat(view.current.getText()).contains("kept for 4 years", "Set by");
            _click(view.open);
            assertThat(view.personErrors.getElement().getTextRecursively()).contains("Choose the person");
        } finally {
            retention.change(before, users.get("pooladmin"));
        }
    }

    @Test
    void thePoolTeamReadsWhatErasureTakesAndKeepsThenConfirmsIt() {
        String thinker = pool.thinker();
        String coach = pool.coach();
        CaseId id = journey.toSessions(thinker, coach, "Heron goals");
        String reference = cases.find(id).orElseThrow().reference();

        signInAndOpen("pooladmin", "records/person/" + users.get(coach).id());
        assertThat(_get(PersonRecordsView.class).getElement().getTextRecursively()).contains("This cannot be done yet",
                reference, "belong to the thinkers");

        signInAndOpen("pooladmin", "records/person/" + users.get(thinker).id());
        PersonRecordsView view = _get(PersonRecordsView.class);
        assertThat(view.getElement().getTextRecursively()).contains(reference, "What is kept, and why",
                "audit log", "Erasing cannot be undone", "Download a copy of their records");
        assertThat(view.copy.getHref()).isNotBlank();
        _click(view.erase);
        assertThat(view.errors.getElement().getTextRecursively()).contains("Tick the box to confirm");
        assertThat(cases.find(id)).isPresent();
        _setValue(view.confirmed, true);
        _click(view.erase);
        assertThat(view.getElement().getTextRecursively()).contains("Records erased", "Erased person");
        assertThat(cases.find(id)).isEmpty();

        signInAndOpen("pooladmin", "records/person/not-an-id");
        assertThat(_get(PersonRecordsView.class).getElement().getTextRecursively()).contains("Page not available");
    }
}

package org.coachingpool.modeller.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.html.H1;
import java.nio.charset.StandardCharsets;
import org.coachingpool.definitions.ResourceKind;
import org.coachingpool.modeller.LibraryEntry;
import org.coachingpool.modeller.ModelLibrary;
import org.coachingpool.modeller.ModelLibraryTest;
import org.coachingpool.platform.PageNotFoundView;
import org.coachingpool.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ModellerViewsTest extends ViewTest {

    @Autowired ModelLibrary library;

    @Test
    void theLibraryListsEveryProcessAndDecisionTableWithItsLiveVersion() {
        signInAndOpen("processadmin", "processes");
        var view = _get(ProcessLibraryView.class);
        assertThat(view.entries.getListDataView().getItems().map(LibraryEntry::name))
                .contains("Coaching or mentoring relationship", "Pool settings");
        assertThat(view.noDrafts.isVisible() || view.drafts.isVisible()).isTrue();
    }

    @Test
    void aPoolAdminWhoIsNotAProcessAdminDoesNotReachTheLibrary() {
        assertThatThrownBy(() -> signInAndOpen("pooladmin", "processes"))
                .isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> signInAndOpen("coach1", "processes/process/relationship/migrate"))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void aDraftWithAnErrorCannotBeDeployedAndTheFindingNamesTheElement() {
        var admin = users.get("processadmin");
        var draft = library.upload("broken.bpmn", ModelLibraryTest.process("view-broken",
                ModelLibraryTest.serviceTask("no.such-worker")).getBytes(StandardCharsets.UTF_8), admin);
        signInAndOpen("processadmin", "processes/drafts/" + draft);
        var view = _get(ProcessEditorView.class);
        assertThat(view.serverFindings.getElement().getTextRecursively()).contains("'Do the work' (work)")
                .contains("no.such-worker");
        assertThat(view.deploy.getText()).isEqualTo("Deploy (1 error to put right first)");
        // Issue 28: once the model changes, the results say they are for the earlier model, until checked again.
        assertThat(view.stale.isVisible()).isFalse();
        view.changed(ModelLibraryTest.process("view-broken", ModelLibraryTest.serviceTask("case.set-stage")), "[]");
        assertThat(view.stale.isVisible()).isTrue();
        assertThat(view.serverFindings.getClassNames()).contains("stale");
        _click(view.check);
        assertThat(view.stale.isVisible()).isFalse();
        assertThat(view.serverFindings.getElement().getTextRecursively()).contains("No problems found.");
        view.changed(ModelLibraryTest.process("view-broken", ModelLibraryTest.serviceTask("no.such-worker")), "[]");
        _setValue(view.comment, "Try");
        _click(view.deploy);
        assertThat(view.errors.isVisible()).isTrue();
        assertThat(view.errors.getElement().getTextRecursively()).contains("no.such-worker");
        assertThat(library.versions(ResourceKind.PROCESS, "view-broken", admin)).isEmpty();
    }

    @Test
    void aValidDraftDeploysToAConfirmationSayingWhatChanged() {
        var admin = users.get("processadmin");
        var draft = library.upload("good.bpmn", ModelLibraryTest.process("view-good",
                ModelLibraryTest.serviceTask("case.set-stage")).getBytes(StandardCharsets.UTF_8), admin);
        signInAndOpen("processadmin", "processes/drafts/" + draft);
        var view = _get(ProcessEditorView.class);
        assertThat(_get(H1.class).getText()).as("never deployed: named by its model")
                .isEqualTo("Draft of the process Test view-good");
        _click(view.deploy);
        assertThat(view.comment.isInvalid()).as("a comment is needed").isTrue();
        _setValue(view.comment, "A new process");
        _click(view.deploy);
        var done = _get(DeployedView.class);
        assertThat(done.getElement().getTextRecursively()).contains("Version 1 is live")
                .contains("A new process: view-good");
    }

    @Test
    void aDraftOfADecisionTableIsNamedAsTheTableNamesItself() {
        var admin = users.get("processadmin");
        var entry = library.entries(admin).stream().filter(e -> e.resourceId().equals("pool-settings-definitions"))
                .findFirst().orElseThrow();
        var draft = library.startDraft(entry.kind(), entry.resourceId(), entry.liveVersion(), admin);
        signInAndOpen("processadmin", "processes/drafts/" + draft);
        assertThat(_get(H1.class).getText())
                .isEqualTo("Draft of the decision table Pool settings");
        library.discard(draft, admin);
    }

    @Test
    void anUnknownProcessOrDraftShowsPageNotFound() {
        signInAndOpen("processadmin", "processes/process/no-such-process");
        _get(PageNotFoundView.class);
        signInAndOpen("processadmin", "processes/drafts/not-a-draft");
        _get(PageNotFoundView.class);
    }
}

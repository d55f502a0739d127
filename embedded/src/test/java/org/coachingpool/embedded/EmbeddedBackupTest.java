package org.coachingpool.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.coachingpool.CoachingPoolApplication;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.Cases;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.cases.Stage;
import org.coachingpool.platform.StartupProblem;
import org.coachingpool.request.EndorsementDecision;
import org.coachingpool.request.Endorsements;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.TestUsers;
import org.coachingpool.support.CaseJourney;
import org.coachingpool.support.EmbeddedStackTest;
import org.coachingpool.worklist.WorkItem;
import org.coachingpool.worklist.Worklist;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A backup taken while the app runs is restored into a new data folder, and the app started on it
 * carries the case on from where the backup left it: the database and the engine agree.
 */
class EmbeddedBackupTest extends EmbeddedStackTest {

    @Autowired EmbeddedBackups backups;
    @Autowired CaseJourney journey;
    @Autowired Cases cases;
    @Autowired Endorsements endorsements;
    @Autowired Worklist worklist;
    @Autowired TestUsers users;

    @TempDir Path elsewhere;

    @Test
    void aBackupTakenWhileTheAppRunsIsRestoredAndTheCaseMovesOnFromThere() throws Exception {
        CaseId id = journey.toEndorsement();
        Path backup = backups.take();
        assertThat(backup.resolve(EmbeddedBackups.DESCRIPTION)).exists();
        assertThat(backup.resolve("postgres").resolve("backup_label")).exists();
        assertThat(backup.resolve("engine").resolve("zeebe.log")).isNotEmptyFile();
        assertThat(backups.list()).first().isEqualTo(backup);

        // The running app moves on after the backup; the restored one must not know of that.
        CurrentUser sponsor = users.get("sponsor");
        endorsements.decide(journey.task("sponsor", id, RelationshipProcess.TASK_ENDORSE).id(), sponsor,
                new EndorsementDecision(true, true, null, null));

        Path dataDir = elsewhere.resolve("data");
        Files.createDirectories(dataDir);
        Files.writeString(dataDir.resolve("left-before.txt"), "kept aside, not deleted");
        try (ConfigurableApplicationContext restored = start(dataDir, backup)) {
            var restoredCases = restored.getBean(Cases.class);
            var restoredWorklist = restored.getBean(Worklist.class);
            var restoredEndorsements = restored.getBean(Endorsements.class);
            CurrentUser sponsorThere = restored.getBean(TestUsers.class).get("sponsor");
            CurrentUser adminThere = restored.getBean(TestUsers.class).get("pooladmin");

            assertThat(restoredCases.find(id)).get().extracting(c -> c.stage()).isEqualTo(Stage.ENDORSEMENT);
            WorkItem endorse = await().atMost(Duration.ofSeconds(30)).until(() -> restoredWorklist.inbox(sponsorThere)
                    .stream().filter(i -> id.equals(i.caseId())
                            && i.elementId().equals(RelationshipProcess.TASK_ENDORSE)).findFirst(), Optional::isPresent)
                    .orElseThrow();
            restoredEndorsements.decide(endorse.id(), sponsorThere, new EndorsementDecision(true, false, null, null));
            await().atMost(Duration.ofSeconds(30)).until(() -> restoredWorklist.inbox(adminThere).stream()
                    .anyMatch(i -> id.equals(i.caseId()) && i.elementId().equals(RelationshipProcess.TASK_TRIAGE)));
        }
        assertThat(dataDir.resolve(EmbeddedRestore.MARKER)).exists();
        try (var aside = Files.list(elsewhere)) {
            assertThat(aside.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("data-before-restore-"));
        }
        assertThat(EmbeddedRestore.restore(backup, dataDir, Instant.now()))
                .as("the same backup left in the settings is not restored again over newer work").isFalse();
        assertThatThrownBy(() -> EmbeddedRestore.restore(elsewhere, dataDir, Instant.now()))
                .isInstanceOf(StartupProblem.class).hasMessageContaining("is not a complete backup");
    }

    private static ConfigurableApplicationContext start(Path dataDir, Path backup) throws Exception {
        return new SpringApplicationBuilder(CoachingPoolApplication.class)
                .run("--coachingpool.embedded.data-dir=" + dataDir, "--coachingpool.embedded.restore-from=" + backup,
                        "--coachingpool.embedded.engine-port=" + freePort(), "--server.port=0",
                        "--coachingpool.demo=true", "--coachingpool.worklist.completion-retry-interval=1h",
                        "--coachingpool.embedded.backup-cron=-");
    }
}

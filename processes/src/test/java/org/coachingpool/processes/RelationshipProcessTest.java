package org.coachingpool.processes;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.command.DeployResourceCommandStep1;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.process.test.inspections.InspectionUtility;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every path of the relationship process, on the Zeebe test engine with its clock moved by hand. */
@ZeebeProcessTest
class RelationshipProcessTest {

    /** What may travel in the engine: ids, states, dates, counts and decisions. Nothing else. */
    static final Set<String> ALLOWED_VARIABLES = Set.of("caseId", "thinker", "sponsor", "kindWanted", "readiness",
            "settings", "endorsement", "triageProposal", "triageDecision", "supportKind", "candidateCount",
            "mentorCandidates", "volunteer", "mentor", "loopCounter", "matchMode", "offeredCoach", "offerResponse",
            "matchedCoach", "coach", "chemistry", "coachChemistry", "thinkerChemistry", "chemistryAttempts",
            "adminDecision", "sponsorInvolvement", "plannedSessions", "reviewDate", "sessionsLogged", "reviewed", "nextStep",
            "extended", "earlyEndDecision", "shortlist", "thinkerContract", "sponsorContract");
    static final Pattern TOKEN = Pattern.compile("\"[A-Za-z0-9_:.+\\-@]{0,80}\"|-?[0-9.]+|true|false|null|\\[.*]|\\{.*}");

    ZeebeTestEngine engine;
    ZeebeClient client;
    ProcessDriver drive;

    @BeforeEach
    void deployEverything() throws IOException {
        var command = client.newDeployResourceCommand();
        DeployResourceCommandStep1.DeployResourceCommandStep2 step = null;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/processes"))) {
            for (Path file : files.sorted().toList()) {
                step = step == null ? command.addResourceFile(file.toString()) : step.addResourceFile(file.toString());
            }
        }
        assertThat(step.send().join()).containsProcessesByBpmnProcessId("relationship", "matching", "contracting",
                "sessions");
        drive = new ProcessDriver(engine, client);
    }

    @AfterEach
    void noFreeTextInTheEngine() {
        BpmnAssert.getRecordStream().variableRecords().forEach(record -> {
            String name = record.getValue().getName();
            String value = record.getValue().getValue();
            assertThat(ALLOWED_VARIABLES).as("variable %s is not on the allow-list", name).contains(name);
            assertThat(TOKEN.matcher(value).matches()).as("variable %s holds %s", name, value).isTrue();
            assertThat(value).as("variable %s holds text with spaces", name).doesNotContain(" ");
        });
    }

    /** A coaching relationship that held its two sessions, was reviewed and closed. */
    private void reviewedAndClosed() {
        drive.request("COACHING");
        drive.matchedAndContracted("coach1");
        drive.complete("log-session", Map.of());
        drive.complete("log-session", Map.of());
        drive.complete("agree-next-step", Map.of("nextStep", "REVIEW"));
        drive.complete("hold-review", Map.of());
        drive.complete("record-observations", Map.of());
        drive.complete("evaluate", Map.of());
        drive.complete("reflect", Map.of());
    }

    private InspectedProcessInstance relationship() {
        return InspectionUtility.findProcessInstances().withBpmnProcessId("relationship").findLastProcessInstance()
                .orElseThrow();
    }

    @Test
    void coachingRunsFromRequestToClose() {
        drive.request("COACHING");
        drive.matchedAndContracted("coach1");
        assertThat(drive.task("log-session").getCustomHeaders()).containsEntry("io.camunda.zeebe:assignee", "coach1");
        drive.complete("log-session", Map.of());
        drive.complete("log-session", Map.of());
        drive.complete("agree-next-step", Map.of("nextStep", "REVIEW"));
        drive.complete("hold-review", Map.of());
        drive.complete("record-observations", Map.of());
        drive.complete("evaluate", Map.of());
        drive.complete("reflect", Map.of());

        drive.assertStagesInclude("ENDORSEMENT", "TRIAGE", "MATCHING", "CHEMISTRY", "CONTRACTING", "SESSIONS", "REVIEW",
                "CLOSING", "CLOSED");
        assertThat(relationship()).hasPassedElementsInOrder("add-to-ledger", "stage-closed", "follow-up-gateway")
                .isWaitingAtElements("follow-up-due");
    }

    @Test
    void sixMonthsAfterAReviewedRelationshipClosedTheThinkerAndSponsorAreAskedWhetherTheChangeLasted() {
        drive.request("COACHING");
        drive.matchedAndContracted("coach1");
        drive.complete("log-session", Map.of());
        drive.complete("log-session", Map.of());
        drive.complete("agree-next-step", Map.of("nextStep", "REVIEW"));
        drive.complete("hold-review", Map.of());
        drive.complete("record-observations", Map.of());
        drive.complete("evaluate", Map.of());
        drive.complete("reflect", Map.of());
        drive.passTime(Duration.ofDays(150));
        assertThat(relationship()).isWaitingAtElements("follow-up-due");

        drive.passTime(Duration.ofDays(40));
        assertThat(drive.task("follow-up-thinker").getCustomHeaders()).containsEntry("io.camunda.zeebe:assignee",
                "thinker");
        assertThat(drive.task("follow-up-sponsor").getCustomHeaders()).containsEntry("io.camunda.zeebe:assignee",
                "sponsor");
        drive.complete("follow-up-thinker", Map.of());
        drive.complete("follow-up-sponsor", Map.of());
        assertThat(relationship()).hasPassedElement("followed-up").isCompleted();
    }

    @Test
    void aFollowUpNobodyAnswersLapsesAfterItsPeriod() {
        reviewedAndClosed();
        drive.passTime(Duration.ofDays(190));
        drive.complete("follow-up-thinker", Map.of());
        drive.passTime(Duration.ofDays(31));
        assertThat(relationship()).hasPassedElement("follow-up-lapsed").isCompleted();
    }

    @Test
    void aMentorFromTheListVolunteersAndTheFirstVolunteerWins() {
        drive.request("MENTORING");
        drive.endorsed();
        drive.triaged("MENTORING");
        drive.complete("choose-match", Map.of("matchMode", "MENTOR_LIST"));

        List<ActivatedJob> asked = drive.tasks("offer-to-mentors");
        assertThat(asked).extracting(job -> job.getCustomHeaders().get("io.camunda.zeebe:assignee"))
                .containsExactlyInAnyOrder("coach1", "coach3");
        ActivatedJob coach3 = asked.stream()
                .filter(j -> j.getCustomHeaders().get("io.camunda.zeebe:assignee").equals("coach3")).findFirst()
                .orElseThrow();
        drive.complete(coach3, Map.of("volunteer", "coach3"));
        drive.forget("offer-to-mentors");

        assertThat(drive.task("coach-chemistry").getCustomHeaders()).containsEntry("io.camunda.zeebe:assignee",
                "coach3");
        assertThat(drive.stages).containsSubsequence("MATCHING", "CHEMISTRY");
    }

    @Test
    void whenNobodyFitsTheCaseWaitsAndIsRankedAgainWhenAPlaceIsFree() {
        drive.candidates = 0;
        drive.request("COACHING");
        drive.endorsed();
        drive.triaged("COACHING");
        assertThat(drive.joinedWaitingList).isEqualTo(1);
        assertThat(drive.hasTask("choose-match")).as("nobody to choose from").isFalse();

        drive.candidates = 2;
        client.newPublishMessageCommand().messageName("capacity-appeared").correlationKey(drive.caseId)
                .timeToLive(Duration.ZERO).send().join();
        drive.settle();
        assertThat(drive.task("choose-match")).isNotNull();
        assertThat(drive.joinedWaitingList).isEqualTo(1);
    }

    @Test
    void aWaitingCaseIsRankedAgainEveryDayAndWaitsOnWhileNobodyFits() {
        drive.candidates = 0;
        drive.request("MENTORING");
        drive.endorsed();
        drive.triaged("MENTORING");
        drive.passTime(Duration.ofDays(1).plusMinutes(1));
        assertThat(drive.joinedWaitingList).as("ranked again, still nobody").isEqualTo(2);
        assertThat(drive.hasTask("choose-match")).isFalse();

        drive.candidates = 1;
        drive.passTime(Duration.ofDays(1).plusMinutes(1));
        assertThat(drive.task("choose-match")).isNotNull();
    }

    @Test
    void aSignpostedRequestEndsWithGuidanceForTheThinker() {
        drive.request("NOT_SURE");
        drive.endorsed();
        drive.triaged("SIGNPOST");

        assertThat(drive.stages).containsSubsequence("TRIAGE", "SIGNPOSTED").doesNotContain("MATCHING");
        assertThat(drive.notifications).contains("request-signposted->thinker");
        assertThat(relationship()).hasPassedElement("request-signposted").isCompleted();
    }

    @Test
    void triageProposesFromTheRequestAndTheAdminDecides() {
        drive.request("NOT_SURE");
        drive.endorsed();
        var triage = drive.task("triage-request");
        assertThat(relationship()).hasVariableWithValue("triageProposal", "CONVERSATION");
        // Issue 28: the pool team's triage has a due date, from the pool settings (3 days).
        var due = ZonedDateTime.parse(triage.getCustomHeaders().get("io.camunda.zeebe:dueDate"));
        long createdAt = StreamSupport.stream(BpmnAssert.getRecordStream().jobRecords().spliterator(),
                        false)
                .filter(r -> r.getValue().getElementId().equals("triage-request")).findFirst().orElseThrow()
                .getTimestamp();
        assertThat(Duration.between(Instant.ofEpochMilli(createdAt), due.toInstant()))
                .isBetween(Duration.ofDays(3).minusHours(1), Duration.ofDays(3).plusHours(1));
    }

    @Test
    void aSponsorWhoDeclinesClosesTheCaseAndTheThinkerIsTold() {
        drive.request("COACHING");
        drive.complete("endorse-request", Map.of("endorsement", "DECLINED"));

        assertThat(drive.stages).containsExactly("ENDORSEMENT", "DECLINED");
        assertThat(drive.notifications).containsExactly("request-declined->thinker");
        assertThat(relationship()).hasPassedElement("request-declined").isCompleted();
    }

    @Test
    void aSilentSponsorIsRemindedThenThePoolAdminsAreAlerted() {
        drive.request("COACHING");
        drive.task("endorse-request");

        drive.passTime(Duration.ofDays(5).plusHours(1));
        assertThat(drive.notifications).containsExactly("sponsor-reminder->sponsor");
        drive.passTime(Duration.ofDays(5));
        assertThat(drive.notifications).containsExactly("sponsor-reminder->sponsor", "sponsor-escalation->pool-admins");

        drive.endorsed();
        assertThat(drive.stages).contains("TRIAGE");
    }

    @Test
    void aCoachWhoDeclinesSendsTheCaseBackToMatchingWithoutThem() {
        drive.request("COACHING");
        drive.endorsed();
        drive.triaged("COACHING");
        drive.offeredTo("coach1");
        drive.complete("offer", Map.of("offerResponse", "DECLINED"));

        assertThat(relationshipChild("matching")).hasPassedElement("record-decline");
        assertThat(drive.task("choose-match")).isNotNull();
        drive.offeredTo("coach2");
        assertThat(drive.task("offer").getCustomHeaders()).containsEntry("io.camunda.zeebe:assignee", "coach2");
    }

    @Test
    void aCoachWhoStaysSilentPastTheDeadlineCountsAsADecline() {
        drive.request("COACHING");
        drive.endorsed();
        drive.triaged("COACHING");
        drive.offeredTo("coach1");
        drive.task("offer");

        drive.passTime(Duration.ofDays(5).plusHours(1));
        drive.forget("offer");

        assertThat(relationshipChild("matching")).hasPassedElement("offer-expired").hasPassedElement("record-decline");
        assertThat(drive.task("choose-match")).isNotNull();
    }

    @Test
    void aChemistryNoGoRematchesWithoutThatCoach() {
        drive.request("COACHING");
        drive.endorsed();
        drive.triaged("COACHING");
        drive.offeredTo("coach1");
        drive.accepted();
        drive.chemistry("NO_GO", "GO");

        assertThat(drive.noGoCount).isEqualTo(1);
        drive.offeredTo("coach2");
        drive.accepted();
        drive.chemistry("GO", "GO");
        assertThat(drive.task("record-contract").getCustomHeaders()).containsEntry("io.camunda.zeebe:assignee",
                "coach2");
    }

    @Test
    void afterTheLastChemistryAttemptThePoolAdminDecides() {
        drive.request("COACHING");
        drive.endorsed();
        drive.triaged("COACHING");
        for (int attempt = 1; attempt <= 3; attempt++) {
            drive.offeredTo("coach" + attempt);
            drive.accepted();
            drive.chemistry("GO", "NO_GO");
        }
        assertThat(drive.hasTask("choose-match")).as("no fourth automatic rematch").isFalse();
        drive.complete("decide-after-attempts", Map.of("adminDecision", "CLOSE"));

        assertThat(drive.stages).containsSubsequence("CHEMISTRY", "CLOSING");
        drive.complete("evaluate", Map.of());
        drive.complete("reflect", Map.of());
        assertThat(relationship()).isCompleted();
    }

    @Test
    void theAdminCanStillRematchAfterTheLastAttempt() {
        drive.request("COACHING");
        drive.endorsed();
        drive.triaged("COACHING");
        for (int attempt = 1; attempt <= 3; attempt++) {
            drive.offeredTo("coach1");
            drive.accepted();
            drive.chemistry("NO_GO", "NO_GO");
        }
        drive.complete("decide-after-attempts", Map.of("adminDecision", "REMATCH"));
        assertThat(drive.task("choose-match")).isNotNull();
    }

    @Test
    void endingEarlyLetsThePoolAdminRematch() {
        drive.request("COACHING");
        drive.matchedAndContracted("coach1");
        drive.task("log-session");
        drive.endEarly();
        drive.forget("log-session");

        drive.complete("decide-after-early-end", Map.of("earlyEndDecision", "REMATCH"));
        assertThat(drive.task("choose-match")).isNotNull();
        assertThat(drive.stages).containsSubsequence("SESSIONS", "MATCHING");
    }

    @Test
    void endingEarlyCanCloseTheRelationship() {
        drive.request("COACHING");
        drive.matchedAndContracted("coach1");
        drive.complete("log-session", Map.of());
        drive.endEarly();
        drive.forget("log-session");

        drive.complete("decide-after-early-end", Map.of("earlyEndDecision", "CLOSE"));
        drive.complete("evaluate", Map.of());
        drive.complete("reflect", Map.of());
        assertThat(drive.stages).containsSubsequence("SESSIONS", "CLOSING", "CLOSED").doesNotContain("REVIEW");
        assertThat(relationship()).as("no follow-up of a relationship that did not reach its review")
                .hasPassedElement("add-to-ledger").hasPassedElement("relationship-closed").isCompleted();
    }

    @Test
    void aLightTouchSponsorNeedNotConfirmTheContract() {
        drive.request("COACHING");
        drive.endorsed();
        drive.triaged("COACHING");
        drive.offeredTo("coach1");
        drive.accepted();
        drive.chemistry("GO", "GO");
        drive.contracted("LIGHT_TOUCH", 4);

        assertThat(drive.task("log-session")).isNotNull();
        assertThat(drive.hasTask("sponsor-confirms")).isFalse();
        assertThat(relationshipChild("contracting")).hasNotPassedElement("sponsor-confirms").isCompleted();
    }

    /** Issue 28: a sponsor's concern sends the contract back to the coach; both are asked again. */
    @Test
    void aConcernAboutTheContractSendsItBackToTheCoachAndEveryoneIsAskedAgain() {
        drive.request("COACHING");
        drive.toContract("coach1");
        drive.complete("record-contract", Map.of("sponsorInvolvement", "FULL", "plannedSessions", 6,
                "reviewDate", "2027-03-01"));
        drive.complete("thinker-confirms", Map.of("thinkerContract", "AGREE"));
        drive.complete("sponsor-confirms", Map.of("sponsorContract", "CONCERN"));

        assertThat(drive.task("record-contract")).as("back with the coach").isNotNull();
        assertThat(drive.hasTask("log-session")).isFalse();

        // Changed to light touch: the sponsor's earlier concern does not hold the contract back again.
        drive.complete("record-contract", Map.of("sponsorInvolvement", "LIGHT_TOUCH", "plannedSessions", 4,
                "reviewDate", "2027-03-01"));
        assertThat(drive.hasTask("sponsor-confirms")).isFalse();
        drive.complete("thinker-confirms", Map.of("thinkerContract", "AGREE"));
        assertThat(drive.task("log-session")).isNotNull();
        assertThat(relationshipChild("contracting")).hasPassedElement("contract-concern", 2).isCompleted();
    }

    @Test
    void aThinkersConcernAlsoSendsTheContractBack() {
        drive.request("COACHING");
        drive.toContract("coach1");
        drive.complete("record-contract", Map.of("sponsorInvolvement", "LIGHT_TOUCH", "plannedSessions", 6,
                "reviewDate", "2027-03-01"));
        drive.complete("thinker-confirms", Map.of("thinkerContract", "CONCERN"));
        assertThat(drive.task("record-contract")).isNotNull();
        drive.contracted("LIGHT_TOUCH", 6);
        assertThat(drive.task("log-session")).isNotNull();
    }

    @Test
    void noSessionLoggedForAWhileNudgesAgainAndAgain() {
        drive.request("COACHING");
        drive.matchedAndContracted("coach1");
        drive.task("log-session");

        drive.passTime(Duration.ofDays(31));
        drive.passTime(Duration.ofDays(31));
        assertThat(drive.notifications).containsExactly("session-nudge->coach", "session-nudge->coach");
        drive.complete("log-session", Map.of());
        assertThat(drive.sessionsLogged).isEqualTo(1);
    }

    @Test
    void theContractCanBeExtendedOnceByAgreement() {
        drive.request("COACHING");
        drive.matchedAndContracted("coach1");
        drive.complete("log-session", Map.of());
        drive.complete("log-session", Map.of());
        drive.complete("agree-next-step", Map.of("nextStep", "EXTEND"));

        // Two more sessions (the settings' extension), then a second extension is refused.
        drive.complete("log-session", Map.of());
        drive.complete("log-session", Map.of());
        drive.complete("agree-next-step", Map.of("nextStep", "EXTEND"));

        assertThat(drive.sessionsLogged).isEqualTo(4);
        assertThat(drive.task("hold-review")).isNotNull();
        assertThat(drive.stages).containsSubsequence("SESSIONS", "REVIEW");
    }

    @Test
    void sendingTheSameRequestAgainStartsNoSecondCase() {
        drive.request("COACHING");
        drive.request("COACHING");
        assertThat(drive.stages).containsExactly("ENDORSEMENT");
    }

    @Test
    void aTaskHeldPastItsJobTimeoutIsOfferedAgainWithTheSameKeyAndCanBeCompleted() throws Exception {
        drive.request("COACHING");
        ActivatedJob endorse = client.newActivateJobsCommand().jobType(ProcessDriver.USER_TASK).maxJobsToActivate(1)
                .timeout(Duration.ofMinutes(1)).send().join().getJobs().getFirst();
        engine.increaseTime(Duration.ofMinutes(5));
        engine.waitForIdleState(Duration.ofSeconds(5));

        List<ActivatedJob> again = client.newActivateJobsCommand().jobType(ProcessDriver.USER_TASK).maxJobsToActivate(1)
                .send().join().getJobs();
        assertThat(again).extracting(ActivatedJob::getKey).containsExactly(endorse.getKey());
        client.newCompleteCommand(endorse.getKey()).variables(Map.of("endorsement", "ENDORSED")).send().join();
        drive.settle();
        assertThat(drive.stages).contains("TRIAGE");
    }

    private InspectedProcessInstance relationshipChild(String processId) {
        return InspectionUtility.findProcessInstances().withBpmnProcessId(processId).findLastProcessInstance()
                .orElseThrow();
    }
}

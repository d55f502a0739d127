package org.coachingpool.cases;

/** Ids the app shares with relationship.bpmn: change them together. */
public final class RelationshipProcess {

    public static final String PROCESS_ID = "relationship";
    public static final String RESOURCE = "relationship.bpmn";
    /** Starts a case; correlation key and message id are the case id, so a retry starts nothing twice. */
    public static final String MESSAGE_REQUESTED = "relationship-requested";
    /** A place may be free for a case on the waiting list: it is ranked again. Correlated by case id. */
    public static final String MESSAGE_CAPACITY_APPEARED = "capacity-appeared";

    public static final String TASK_ENDORSE = "endorse-request";
    public static final String TASK_TRIAGE = "triage-request";

    public static final String TASK_CHOOSE_MATCH = "choose-match";
    public static final String TASK_CHOOSE_FROM_SHORTLIST = "choose-from-shortlist";
    public static final String TASK_OFFER = "offer";
    public static final String TASK_OFFER_TO_MENTORS = "offer-to-mentors";
    public static final String TASK_COACH_CHEMISTRY = "coach-chemistry";
    public static final String TASK_THINKER_CHEMISTRY = "thinker-chemistry";
    public static final String TASK_RECORD_CONTRACT = "record-contract";
    public static final String TASK_THINKER_CONFIRMS = "thinker-confirms";
    public static final String TASK_SPONSOR_CONFIRMS = "sponsor-confirms";
    public static final String TASK_LOG_SESSION = "log-session";
    /** The session log's form key, the route segment of its page (its element id differs). */
    public static final String FORM_SESSION_LOG = "session-log";
    public static final String TASK_NEXT_STEP = "agree-next-step";
    public static final String TASK_HOLD_REVIEW = "hold-review";
    public static final String TASK_RECORD_OBSERVATIONS = "record-observations";
    public static final String TASK_EVALUATE = "evaluate";
    public static final String TASK_REFLECT = "reflect";
    /** Six months (the pool setting) after a relationship that reached its review closed. */
    public static final String TASK_FOLLOW_UP_THINKER = "follow-up-thinker";
    public static final String TASK_FOLLOW_UP_SPONSOR = "follow-up-sponsor";
    public static final String TASK_DECIDE_AFTER_EARLY_END = "decide-after-early-end";

    public static final String JOB_SET_STAGE = "case.set-stage";
    public static final String JOB_NOTIFY = "case.notify";
    public static final String JOB_FIND_CANDIDATES = "matching.find-candidates";
    public static final String JOB_RECORD_DECLINE = "matching.record-decline";
    public static final String JOB_RECORD_NO_GO = "chemistry.record-no-go";
    public static final String JOB_COUNT_SESSIONS = "sessions.count";
    public static final String JOB_EXTEND = "sessions.extend";
    public static final String JOB_ADD_TO_LEDGER = "pool.add-to-ledger";
    public static final String JOB_JOIN_WAITING_LIST = "matching.join-waiting-list";
    public static final String HEADER_STAGE = "stage";
    public static final String HEADER_TEMPLATE = "template";
    public static final String HEADER_TO = "to";
    public static final String MESSAGE_ENDED_EARLY = "relationship-ended-early";

    public static final String VAR_CASE_ID = "caseId";
    public static final String VAR_THINKER = "thinker";
    public static final String VAR_SPONSOR = "sponsor";
    public static final String VAR_KIND_WANTED = "kindWanted";
    /** READY, REFER_ON or NOT_SUITABLE, from the readiness questions; read by the triage table. */
    public static final String VAR_READINESS = "readiness";
    public static final String VAR_ENDORSEMENT = "endorsement";
    public static final String VAR_TRIAGE_DECISION = "triageDecision";
    public static final String VAR_SUPPORT_KIND = "supportKind";
    public static final String VAR_COACH = "coach";
    public static final String VAR_OFFERED_COACH = "offeredCoach";
    public static final String VAR_CANDIDATE_COUNT = "candidateCount";
    public static final String VAR_MENTOR_CANDIDATES = "mentorCandidates";
    public static final String VAR_VOLUNTEER = "volunteer";
    public static final String VAR_CHEMISTRY_ATTEMPTS = "chemistryAttempts";
    public static final String VAR_SESSIONS_LOGGED = "sessionsLogged";
    public static final String VAR_PLANNED_SESSIONS = "plannedSessions";
    /** AGREE or CONCERN, one each, as the thinker and the sponsor answer the contract at the same time. */
    public static final String VAR_THINKER_CONTRACT = "thinkerContract";
    public static final String VAR_SPONSOR_CONTRACT = "sponsorContract";
    public static final String CONTRACT_AGREE = "AGREE";
    public static final String CONTRACT_CONCERN = "CONCERN";
    public static final String VAR_SETTINGS = "settings";
    public static final String VAR_EXTENDED = "extended";

    private RelationshipProcess() {
    }
}

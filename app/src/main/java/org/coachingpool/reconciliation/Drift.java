package org.coachingpool.reconciliation;

/**
 * One difference between the database and the engine that lasted from one comparison to the next.
 *
 * @param key what it is about, so the same difference is known again next time (an engine key or an item id)
 * @param caseReference the case it is on, or null when it is on none
 * @param step the step's element id in the model, or null
 */
public record Drift(Kind kind, String key, String caseReference, String step) {

    /** The kinds of difference, each in the pool team's words with what to do. */
    public enum Kind {
        TASK_WITHOUT_ITEM("The engine waits for a task that nobody has in their list",
                "It is given to people again within a minute; if it stays, tell whoever runs the service."),
        ITEM_WITHOUT_TASK("A task is in someone's list though the process no longer waits for it",
                "It is taken off the list within a few hours; nothing anyone enters there is lost or used."),
        DUPLICATE_ITEMS("One step of a process shows as more than one task",
                "Tell whoever runs the service; answer only one of them."),
        STUCK_COMPLETION("A task someone finished has not reached the engine",
                "It is sent again every 30 seconds; if it stays, the engine is out of reach."),
        STUCK_COMMAND("A change stored here (a request, an early end, a concern) has not reached the engine",
                "It is sent again, at most every 5 minutes; if it stays, the engine is out of reach."),
        EARLY_END_NOT_HEARD("A relationship was ended early, but its process still runs its sessions",
                "Tell whoever runs the service, with the case reference: the pool team is not asked what happens"
                        + " next until the process hears of it."),
        CONCERN_NOT_HEARD("A safeguarding concern was sent, but the safeguarding lead has no task for it",
                "Tell the safeguarding lead at once, outside this service, and whoever runs the service."),
        CASE_WITHOUT_PROCESS("An open case whose process has ended or was cancelled in the engine",
                "The case cannot move: tell whoever runs the service, with its reference."),
        PROCESS_WITHOUT_CASE("A relationship process runs in the engine with no case here",
                "Tell whoever runs the service; it may be left from a restore or a test.");

        private final String label;
        private final String whatToDo;

        Kind(String label, String whatToDo) {
            this.label = label;
            this.whatToDo = whatToDo;
        }

        public String label() {
            return label;
        }

        public String whatToDo() {
            return whatToDo;
        }
    }
}

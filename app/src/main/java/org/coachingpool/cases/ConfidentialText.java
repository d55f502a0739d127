package org.coachingpool.cases;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who may read what: every kind of text a person writes in the service, who writes it, and who
 * may read it, on screen and in every output (downloads, copies of records, the audit log). The
 * services enforce it, "How it works" and the README show it, and the confidentiality tests plant
 * a marker in each and look for it wherever each person can reach. Outside these readers, no text
 * a person wrote reaches anyone by any path: emails and calendar invitations, impact reports and
 * their CSV, zip and PDF, the audit log, the app's log and the engine's variables carry ids,
 * states, dates, counts and names, never this text.
 */
public enum ConfidentialText {

    REQUEST_GOALS("What the thinker wants to achieve, and where and when they can meet", Reader.THINKER,
            EnumSet.of(Reader.THINKER, Reader.COACH, Reader.POOL_TEAM),
            "the coach or mentor sees it once offered the case"),
    READINESS("The thinker's answers on readiness and how they are managing", Reader.THINKER,
            EnumSet.of(Reader.THINKER, Reader.POOL_TEAM), ""),
    ENDORSEMENT("What the sponsor added, or why they did not support the request", Reader.SPONSOR,
            EnumSet.of(Reader.SPONSOR, Reader.COACH, Reader.POOL_TEAM), ""),
    TRIAGE_REASON("The pool team's reasons for a decision: at triage, after an early end or a first conversation"
            + " that did not work", Reader.POOL_TEAM,
            EnumSet.of(Reader.POOL_TEAM), ""),
    TRIAGE_GUIDANCE("Guidance for a thinker signposted elsewhere", Reader.POOL_TEAM,
            EnumSet.of(Reader.THINKER, Reader.POOL_TEAM), ""),
    OFFER_AND_CHEMISTRY_REASONS("Why an offer was declined, or why a first conversation did not go ahead",
            Reader.COACH, EnumSet.of(Reader.AUTHOR, Reader.POOL_TEAM), "the coach, mentor or thinker who wrote it"),
    CONTRACT_TERMS("The three-way contract: outcomes, context, support, reviews, how often to meet", Reader.COACH,
            EnumSet.of(Reader.THINKER, Reader.COACH, Reader.SPONSOR, Reader.POOL_TEAM), ""),
    SESSION_NOTES("A coach's or mentor's session notes", Reader.COACH, EnumSet.of(Reader.AUTHOR),
            "a thinker who asks for notes about them: ADR 0023"),
    AGREED_ACTIONS("Actions agreed in a session", Reader.COACH, EnumSet.of(Reader.THINKER, Reader.COACH), ""),
    EARLY_END_REASON("Why a relationship was ended early", Reader.THINKER,
            EnumSet.of(Reader.AUTHOR, Reader.POOL_TEAM), "written by the thinker or the coach"),
    REVIEW_AND_OBSERVATIONS("The review summary and the sponsor's observations", Reader.COACH,
            EnumSet.of(Reader.THINKER, Reader.COACH, Reader.SPONSOR, Reader.POOL_TEAM), ""),
    EVALUATION_AND_FOLLOW_UP("Comments with an evaluation at close or six months on", Reader.THINKER,
            EnumSet.of(Reader.AUTHOR, Reader.POOL_TEAM), "ratings are counted in reports, comments are not"),
    REFLECTION("A coach's or mentor's reflection at close", Reader.COACH, EnumSet.of(Reader.AUTHOR), ""),
    SAFEGUARDING_CONCERN("A safeguarding concern", Reader.COACH,
            EnumSet.of(Reader.AUTHOR, Reader.SAFEGUARDING_LEAD), "the pool team sees only that one was raised"),
    SAFEGUARDING_RESPONSE("What the safeguarding lead did about a concern", Reader.SAFEGUARDING_LEAD,
            EnumSet.of(Reader.SAFEGUARDING_LEAD), ""),
    DRAFTS("A half-filled form saved as a draft", Reader.AUTHOR, EnumSet.of(Reader.AUTHOR), ""),
    JOINING_OFFER("Why someone offers to coach or mentor, and their experience", Reader.AUTHOR,
            EnumSet.of(Reader.AUTHOR, Reader.POOL_TEAM), "");

    /** Who reads, by their part in the relationship, not by their account's roles. */
    public enum Reader {
        AUTHOR("whoever wrote it"),
        THINKER("the thinker"),
        COACH("the coach or mentor"),
        SPONSOR("the sponsor"),
        POOL_TEAM("the pool team"),
        SAFEGUARDING_LEAD("the safeguarding lead");

        private final String words;

        Reader(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    private final String label;
    private final Reader writtenBy;
    private final Set<Reader> readers;
    private final String note;

    ConfidentialText(String label, Reader writtenBy, Set<Reader> readers, String note) {
        this.label = label;
        this.writtenBy = writtenBy;
        this.readers = Set.copyOf(readers);
        this.note = note;
    }

    public String label() {
        return label;
    }

    public Reader writtenBy() {
        return writtenBy;
    }

    public Set<Reader> readers() {
        return readers;
    }

    /** Whether the pool team may read it, on screen or in their copy of someone's records. */
    public boolean poolTeamReads() {
        return readers.contains(Reader.POOL_TEAM);
    }

    /** Who may read it, in plain words: "the thinker, the coach or mentor and the pool team". */
    public String readersInWords() {
        var words = Arrays.stream(Reader.values()).filter(readers::contains).map(Reader::words).toList();
        String joined = words.size() == 1 ? words.getFirst()
                : String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.getLast();
        return note.isEmpty() ? joined : joined + " (" + note + ")";
    }
}

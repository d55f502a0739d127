package org.coachingpool.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.coachingpool.people.MatchingFacts;
import org.coachingpool.platform.UkDates;
import org.coachingpool.pool.CoachProfile;
import org.coachingpool.pool.MemberStatus;
import org.coachingpool.pool.PoolMember;
import org.coachingpool.request.MeetingPreference;

/**
 * Ranking as a pure function of the case, the pool and the weights, so that it can be tested
 * on any pool and gives the same order every time. First the rules that keep a member out
 * ({@link NotOffered}), then a score: each criterion gives a share of its weight, rounded to
 * whole points, and the points add up to the total. Ties go to more places free, then name,
 * then id.
 */
final class MatchScoring {

    private MatchScoring() {
    }

    /** An outcome for one member: offered with a score, or not offered. */
    sealed interface Outcome permits Scored, Out {
    }

    record Scored(Candidate candidate) implements Outcome {
    }

    record Out(Excluded excluded) implements Outcome {
    }

    static List<Candidate> rank(CaseFacts facts, List<PoolMember> pool, Map<Criterion, Integer> weights, LocalDate today) {
        List<Candidate> scored = new ArrayList<>();
        for (PoolMember member : pool) {
            if (evaluate(facts, member, weights, today) instanceof Scored s) {
                scored.add(s.candidate());
            }
        }
        scored.sort(ORDER);
        List<Candidate> ranked = new ArrayList<>(scored.size());
        for (int i = 0; i < scored.size(); i++) {
            ranked.add(scored.get(i).ranked(i + 1));
        }
        return ranked;
    }

    private static final Comparator<Candidate> ORDER = Comparator.comparingInt(Candidate::score).reversed()
            .thenComparing(Comparator.comparingInt(Candidate::capacityLeft).reversed())
            .thenComparing(Candidate::displayName)
            .thenComparing(c -> c.id().value());

    static Outcome evaluate(CaseFacts facts, PoolMember member, Map<Criterion, Integer> weights, LocalDate today) {
        List<NotOffered> rules = exclusions(facts, member, today);
        if (!rules.isEmpty()) {
            return new Out(new Excluded(member.person().id(), member.person().displayName(), rules,
                    rules.stream().map(rule -> because(rule, facts, member)).toList()));
        }
        Map<Criterion, Integer> points = new EnumMap<>(Criterion.class);
        List<String> reasons = new ArrayList<>();
        MatchingFacts coach = member.person();
        CoachProfile profile = member.profile();

        boolean otherOrganisation = !coach.organisationId().equals(facts.thinker().organisationId());
        points.put(Criterion.OTHER_ORGANISATION, share(weights, Criterion.OTHER_ORGANISATION, otherOrganisation ? 1 : 0));
        reasons.add(otherOrganisation ? "another organisation (" + coach.organisation() + ")" : "same organisation");

        var matched = facts.areas().stream().filter(profile.specialisms()::contains).sorted().toList();
        double specialism = facts.areas().isEmpty() ? 0 : (double) matched.size() / facts.areas().size();
        points.put(Criterion.SPECIALISM, share(weights, Criterion.SPECIALISM, specialism));
        if (!matched.isEmpty()) {
            reasons.add("specialism: " + String.join(", ", matched.stream()
                    .map(a -> a.label().toLowerCase(Locale.UK)).toList()));
        }

        points.put(Criterion.MODALITY_AND_PLACE, share(weights, Criterion.MODALITY_AND_PLACE,
                meeting(facts, profile, reasons)));

        // A coach needs no experience of the thinker's job: seniority counts for mentoring only.
        if (facts.mentoring()) {
            points.put(Criterion.SENIORITY, share(weights, Criterion.SENIORITY, seniority(facts, coach, reasons)));
        }

        points.put(Criterion.FAIR_SPREAD, share(weights, Criterion.FAIR_SPREAD, 1.0 / (1 + member.recentRelationships())));
        reasons.add(member.recentRelationships() == 0 ? "no relationships in the last year"
                : member.recentRelationships() + (member.recentRelationships() == 1 ? " relationship" : " relationships")
                        + " in the last year");

        int max = profile.maxActiveRelationships();
        points.put(Criterion.CAPACITY, share(weights, Criterion.CAPACITY, max == 0 ? 0 : (double) member.placesLeft() / max));
        reasons.add(member.placesLeft() + " of " + max + (max == 1 ? " place" : " places") + " free");

        int score = points.values().stream().mapToInt(Integer::intValue).sum();
        return new Scored(new Candidate(0, coach.id(), coach.username(), coach.displayName(), coach.organisation(),
                member.placesLeft(), otherOrganisation, score, points, reasons, profile.biography()));
    }

    static List<NotOffered> exclusions(CaseFacts facts, PoolMember member, LocalDate today) {
        List<NotOffered> rules = new ArrayList<>();
        MatchingFacts coach = member.person();
        CoachProfile profile = member.profile();
        if (coach.id().equals(facts.thinker().id())) {
            rules.add(NotOffered.IS_THE_THINKER);
        }
        if (coach.id().equals(facts.sponsor())) {
            rules.add(NotOffered.IS_THE_SPONSOR);
        }
        if (facts.chain().contains(coach.id())) {
            rules.add(NotOffered.LINE_MANAGEMENT_CHAIN);
        }
        if (sameTeam(facts.thinker(), coach) && !coach.id().equals(facts.thinker().id())) {
            rules.add(NotOffered.SAME_TEAM);
        }
        Matching.Exclusion tried = facts.tried().get(coach.id());
        if (tried != null) {
            rules.add(switch (tried) {
                case DECLINED -> NotOffered.DECLINED;
                case NO_RESPONSE -> NotOffered.NO_RESPONSE;
                case CHEMISTRY_NO_GO -> NotOffered.CHEMISTRY_NO_GO;
            });
        }
        if (facts.mentoring() ? !profile.kind().mentors() : !profile.kind().coaches()) {
            rules.add(NotOffered.WRONG_KIND);
        }
        MemberStatus status = profile.statusOn(today);
        if (status == MemberStatus.PAUSED) {
            rules.add(NotOffered.PAUSED);
        } else if (status == MemberStatus.LEFT) {
            rules.add(NotOffered.LEFT);
        } else if (status == MemberStatus.JOINING) {
            rules.add(NotOffered.JOINING);
        }
        if (!coach.enabled()) {
            rules.add(NotOffered.CANNOT_SIGN_IN);
        }
        if (member.placesLeft() <= 0) {
            rules.add(NotOffered.NO_CAPACITY);
        }
        return rules;
    }

    /** One team: the same organisation and a department recorded for both, named alike. */
    static boolean sameTeam(MatchingFacts a, MatchingFacts b) {
        return a.organisationId().equals(b.organisationId()) && a.department() != null && b.department() != null
                && a.department().strip().equalsIgnoreCase(b.department().strip());
    }

    private static double meeting(CaseFacts facts, CoachProfile profile, List<String> reasons) {
        MeetingPreference wanted = facts.meeting();
        boolean inPerson = profile.modality().inPerson();
        boolean virtual = profile.modality().virtual();
        String location = profile.location();
        if (wanted == MeetingPreference.VIRTUAL) {
            reasons.add(virtual ? "meets by video call" : "meets in person only; a video call was asked for");
            return virtual ? 1 : 0;
        }
        if (wanted == MeetingPreference.IN_PERSON) {
            if (!inPerson) {
                reasons.add("meets by video call only; in person was asked for");
                return 0;
            }
            if (samePlace(location, facts.place())) {
                reasons.add("meets in person in " + location.strip());
                return 1;
            }
            reasons.add(location == null ? "meets in person" : "meets in person in " + location.strip()
                    + (facts.place() == null ? "" : " (asked for " + facts.place().strip() + ")"));
            return 0.5;
        }
        reasons.add(inPerson && virtual ? "meets in person" + (location == null ? "" : " in " + location.strip())
                + " or by video call" : inPerson ? "meets in person only" : "meets by video call only");
        return 1;
    }

    static boolean samePlace(String location, String place) {
        if (location == null || place == null || location.isBlank() || place.isBlank()) {
            return false;
        }
        String a = location.strip().toLowerCase(Locale.UK);
        String b = place.strip().toLowerCase(Locale.UK);
        return a.contains(b) || b.contains(a);
    }

    private static double seniority(CaseFacts facts, MatchingFacts mentor, List<String> reasons) {
        var mentee = facts.thinker().seniority();
        var theirs = mentor.seniority();
        if (mentee == null || theirs == null) {
            reasons.add("seniority not recorded");
            return 0.5;
        }
        int gap = theirs.compareTo(mentee);
        reasons.add(gap > 0 ? "more senior (" + theirs.label().toLowerCase(Locale.UK) + ")"
                : gap == 0 ? "same level of seniority" : "less senior than the mentee");
        return gap > 0 ? 1 : gap == 0 ? 0.25 : 0;
    }

    private static int share(Map<Criterion, Integer> weights, Criterion criterion, double fraction) {
        return (int) Math.round(weights.getOrDefault(criterion, 0) * fraction);
    }

    private static String because(NotOffered rule, CaseFacts facts, PoolMember member) {
        CoachProfile profile = member.profile();
        return switch (rule) {
            case IS_THE_THINKER -> "is the person asking for support";
            case IS_THE_SPONSOR -> "is the sponsor of this request";
            case LINE_MANAGEMENT_CHAIN -> "is in " + facts.thinker().displayName() + "'s line-management chain";
            case SAME_TEAM -> "works in " + facts.thinker().displayName() + "'s team ("
                    + Optional.ofNullable(member.person().department()).orElse("").strip() + ")";
            case DECLINED -> "declined this case";
            case NO_RESPONSE -> "did not answer an offer of this case in time";
            case CHEMISTRY_NO_GO -> "had a first conversation on this case that did not lead to working together";
            case WRONG_KIND -> facts.mentoring() ? "does not offer mentoring" : "does not offer coaching";
            case PAUSED -> "is paused until " + UkDates.date(profile.pausedUntil());
            case LEFT -> "has left the pool";
            case JOINING -> "is still joining the pool (profile not approved yet)";
            case CANNOT_SIGN_IN -> "cannot sign in (their account is disabled)";
            case NO_CAPACITY -> "has no places free (" + member.running() + " of " + profile.maxActiveRelationships()
                    + " in use" + (member.held() == 0 ? "" : ", " + member.held() + " held for "
                            + (member.held() == 1 ? "an offer" : "offers") + " waiting for an answer") + ")";
        };
    }
}

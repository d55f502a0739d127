package org.coachingpool.matching;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.coachingpool.matching.repository.MatchingRepository;
import org.coachingpool.people.MatchingFacts;
import org.coachingpool.people.People;
import org.coachingpool.platform.AdminChange;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.platform.Problems;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.Role;
import org.coachingpool.security.UserId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How much each matching criterion counts. The pool team changes the weights without code;
 * every change is kept, with who made it and when. A change applies to rankings made after it.
 */
@Service
public class MatchingWeights {

    /** The refusal for anyone but the pool team. */
    private static final String POOL_TEAM_ONLY = "Only the pool team can change how matching ranks people.";

    public static final int MAX_WEIGHT = 100;
    static final int HISTORY_LIMIT = 100;

    private final MatchingRepository repository;
    private final People people;
    private final Clock clock;

    private final ApplicationEventPublisher events;

    MatchingWeights(MatchingRepository repository, People people, Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.repository = repository;
        this.people = people;
        this.clock = clock;
    }

    public Map<Criterion, Integer> current() {
        return repository.weights();
    }

    /**
     * Sets the weights; criteria left out keep theirs.
     *
     * @return how many weights changed
     * @throws InvalidInputException naming each weight out of range; nothing is stored
     */
    @Transactional
    public int change(Map<Criterion, Integer> weights, CurrentUser admin) {
        admin.require(Role.POOL_ADMIN, POOL_TEAM_ONLY);
        var problems = new Problems();
        weights.forEach((criterion, weight) -> problems.when(weight == null || weight < 0 || weight > MAX_WEIGHT,
                criterion.name(), "Enter a weight for \"" + criterion.label() + "\" from 0 to " + MAX_WEIGHT + "."));
        Map<Criterion, Integer> stored = repository.lockWeights();
        Map<Criterion, Integer> after = new EnumMap<>(stored);
        after.putAll(weights);
        problems.when(after.values().stream().allMatch(w -> w != null && w == 0), "weights",
                "At least one weight must be more than 0, or every candidate would score the same.");
        problems.throwIfAny();
        int changed = 0;
        for (var entry : weights.entrySet()) {
            int old = stored.getOrDefault(entry.getKey(), 0);
            if (old != entry.getValue()) {
                repository.changeWeight(entry.getKey(), old, entry.getValue(), admin.id(), clock.instant());
                events.publishEvent(new AdminChange(admin.id(), AdminChange.Area.SETTINGS, "Changed the matching weight of \""
                        + entry.getKey().label() + "\" from " + old + " to " + entry.getValue()));
                changed++;
            }
        }
        return changed;
    }

    /** The latest changes, newest first, with who made them. */
    public List<WeightChange> history(CurrentUser admin) {
        admin.require(Role.POOL_ADMIN, POOL_TEAM_ONLY);
        List<WeightChange> changes = repository.history(HISTORY_LIMIT);
        Map<UserId, MatchingFacts> names = people.matchingFacts(changes.stream().map(WeightChange::changedBy)
                .distinct().toList());
        return changes.stream().map(c -> c.named(names.containsKey(c.changedBy())
                ? names.get(c.changedBy()).displayName() : "someone no longer in the pool")).toList();
    }

}

package org.coachingpool.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects what is wrong with a form's input so the person hears about every problem at once,
 * not one per submit. One problem per field: the first found is the one to fix first.
 */
public final class Problems {

    private final List<InvalidInputException.Problem> found = new ArrayList<>();

    /** Notes a problem unless the field already has one. */
    public Problems add(String field, String message) {
        if (found.stream().noneMatch(p -> p.field().equals(field))) {
            found.add(new InvalidInputException.Problem(field, message));
        }
        return this;
    }

    /** Notes the problem when the condition holds. */
    public Problems when(boolean condition, String field, String message) {
        return condition ? add(field, message) : this;
    }

    /** Notes a problem thrown by a check, such as {@link StorableText#require}. */
    public Problems check(Runnable check) {
        try {
            check.run();
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> add(p.field(), p.message()));
        }
        return this;
    }

    /** @throws InvalidInputException with every problem noted, if there are any */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }
}

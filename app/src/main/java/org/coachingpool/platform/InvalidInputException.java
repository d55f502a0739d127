package org.coachingpool.platform;

import java.util.List;

/**
 * Input a person can correct: every problem found at once, each naming its field, so a form can
 * show them all in an error summary and beside the fields. Nothing is stored when this is thrown.
 */
public class InvalidInputException extends RuntimeException {

    /** One thing to fix: the field (as the form names it) and how to fix it, in plain words. */
    public record Problem(String field, String message) {
    }

    private final List<Problem> problems;

    public InvalidInputException(String field, String message) {
        this(List.of(new Problem(field, message)));
    }

    public InvalidInputException(List<Problem> problems) {
        super(problems.isEmpty() ? "invalid input" : problems.getFirst().message());
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid input needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** The field of the first problem. */
    public String field() {
        return problems.getFirst().field();
    }

    public List<Problem> problems() {
        return problems;
    }
}

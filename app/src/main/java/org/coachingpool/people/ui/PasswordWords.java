package org.coachingpool.people.ui;

/** The words that help people choose a password, the same on every page that asks for one. */
final class PasswordWords {

    // No example password: people copy examples.
    static final String HINT = "At least 12 characters. Three or four unrelated words you will remember make a "
            + "strong password. Do not use a password you use anywhere else.";

    private PasswordWords() {
    }
}

package org.coachingpool.people.ui;

/** The words that help people choose a password, the same on every page that asks for one. */
final class PasswordWords {

    static final String HINT = "At least 12 characters. Three or four words you will remember make a strong "
            + "password, for example 'garden kettle maple river'. Do not use a password you use anywhere else.";

    private PasswordWords() {
    }
}

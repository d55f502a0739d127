package org.coachingpool.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What makes a password acceptable, after NCSC and OWASP ASVS 5.0 (V6.2): long enough, not one of
 * the passwords people use most (a list of about 49,000 shipped with the app, so it works without
 * the internet), not the person's own name or username. No rules about capitals, numbers or
 * symbols: they make passwords harder to remember, not harder to guess. Long passphrases are
 * welcome, up to 128 characters, and any character counts.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;
    private static final String LIST = "/security/common-passwords.txt";

    private volatile Set<String> common;

    /** @return what is wrong with the password, in words for its owner, or empty when it will do */
    Optional<String> problemWith(String password, String username, String displayName) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Enter a password.");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("Your password must be " + MIN_LENGTH + " characters or more. Three or four words "
                    + "you will remember make a good one.");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("Your password must be " + MAX_LENGTH + " characters or fewer.");
        }
        String lower = password.toLowerCase(Locale.UK);
        if (password.codePoints().distinct().count() < 4) {
            return Optional.of("Your password repeats the same few characters, which makes it easy to guess. "
                    + "Choose another.");
        }
        if (isCommon(lower)) {
            return Optional.of("Your password is on a list of passwords people use often, which makes it easy to "
                    + "guess. Choose another.");
        }
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.UK))) {
            return Optional.of("Your password must not include your username.");
        }
        if (displayName != null) {
            for (String name : displayName.toLowerCase(Locale.UK).split("\\s+")) {
                if (name.length() >= 4 && lower.replaceAll("[^\\p{L}]", "").equals(name)) {
                    return Optional.of("Your password must not be your name.");
                }
            }
        }
        return Optional.empty();
    }

    /**
     * On the list as it is, or once the digits and symbols people add to the start or end of a
     * listed password ("Password2024!") are taken off.
     */
    private boolean isCommon(String lower) {
        Set<String> list = list();
        if (list.contains(lower)) {
            return true;
        }
        String core = lower.replaceAll("^[^\\p{L}]+", "").replaceAll("[^\\p{L}]+$", "");
        return !core.isEmpty() && list.contains(core);
    }

    private Set<String> list() {
        Set<String> loaded = common;
        if (loaded == null) {
            synchronized (this) {
                if (common == null) {
                    common = read();
                }
                loaded = common;
            }
        }
        return loaded;
    }

    private static Set<String> read() {
        var words = new HashSet<String>(65_536);
        try (var in = PasswordPolicy.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("The list of common passwords " + LIST + " is missing from the app");
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    words.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}

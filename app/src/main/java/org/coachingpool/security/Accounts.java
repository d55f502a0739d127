package org.coachingpool.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where sign-in finds people: the people feature owns them and implements this, so security
 * holds no SQL on their tables and does not depend on the feature that does.
 */
public interface Accounts {

    /** A person's account as sign-in checks it, with their roles. */
    record StoredAccount(CurrentUser user, String passwordHash, boolean enabled) {
    }

    Optional<StoredAccount> findAccount(String username);

    /** Accounts with this email address (any case); at most two, enough to know it is not one. */
    List<StoredAccount> findAccountsByEmail(String email);

    /** The account bound to the identity provider's stable id for the person (its {@code sub}). */
    Optional<StoredAccount> findAccountBySubject(String issuer, String subject);

    /** The provider's id the account is bound to at this issuer, if it is. */
    Optional<String> boundSubject(UserId person, String issuer);

    /** Binds the account to the provider's id on its first sign-in through it; false if bound already. */
    boolean bindSubject(UserId person, String issuer, String subject);

    /** Roles as the organisation's directory gives them at sign-in, kept for the features that list people by role. */
    void rolesFromDirectory(UserId person, Set<Role> roles);

    /**
     * The moment before which every session of the person has ended (a password reset or change),
     * or empty when none ever was.
     */
    Optional<Instant> sessionsValidFrom(UserId person);

    /** People who can sign in and act as a sponsor, by name. */
    List<Person> sponsors();
}

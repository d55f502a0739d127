package org.coachingpool.people;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.coachingpool.people.repository.PasswordLinkRepository;
import org.coachingpool.people.repository.PeopleRepository;
import org.coachingpool.security.Accounts;
import org.coachingpool.security.Person;
import org.coachingpool.security.Role;
import org.coachingpool.security.UserId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Sign-in's view of the people this feature owns. */
@Component
class PeopleAccounts implements Accounts {

    private final PeopleRepository people;
    private final PasswordLinkRepository links;

    PeopleAccounts(PeopleRepository people, PasswordLinkRepository links) {
        this.people = people;
        this.links = links;
    }

    @Override
    public Optional<StoredAccount> findAccountBySubject(String issuer, String subject) {
        return people.accountBoundTo(issuer, subject);
    }

    @Override
    public Optional<String> boundSubject(UserId person, String issuer) {
        return people.boundSubject(person, issuer);
    }

    @Override
    @Transactional
    public boolean bindSubject(UserId person, String issuer, String subject) {
        return people.bindSubject(person, issuer, subject);
    }

    @Override
    public Optional<Instant> sessionsValidFrom(UserId person) {
        return links.sessionsValidFrom(person);
    }

    @Override
    public Optional<StoredAccount> findAccount(String username) {
        return people.account(username);
    }

    @Override
    public List<StoredAccount> findAccountsByEmail(String email) {
        return people.accountsWithEmail(email);
    }

    @Override
    @Transactional
    public void rolesFromDirectory(UserId person, Set<Role> roles) {
        people.replaceRoles(person, roles);
    }

    @Override
    public List<Person> sponsors() {
        return people.sponsors();
    }
}

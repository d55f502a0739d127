package org.coachingpool.people;

import java.util.List;
import java.util.Optional;
import org.coachingpool.people.repository.PeopleRepository;
import org.coachingpool.security.Accounts;
import org.coachingpool.security.Person;
import org.springframework.stereotype.Component;

/** Sign-in's view of the people this feature owns. */
@Component
class PeopleAccounts implements Accounts {

    private final PeopleRepository people;
    private final org.coachingpool.people.repository.PasswordLinkRepository links;

    PeopleAccounts(PeopleRepository people, org.coachingpool.people.repository.PasswordLinkRepository links) {
        this.people = people;
        this.links = links;
    }

    @Override
    public Optional<StoredAccount> findAccountBySubject(String issuer, String subject) {
        return people.accountBoundTo(issuer, subject);
    }

    @Override
    public Optional<String> boundSubject(org.coachingpool.security.UserId person, String issuer) {
        return people.boundSubject(person, issuer);
    }

    @Override
    @org.springframework.transaction.annotation.Transactional
    public boolean bindSubject(org.coachingpool.security.UserId person, String issuer, String subject) {
        return people.bindSubject(person, issuer, subject);
    }

    @Override
    public Optional<java.time.Instant> sessionsValidFrom(org.coachingpool.security.UserId person) {
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
    @org.springframework.transaction.annotation.Transactional
    public void rolesFromDirectory(org.coachingpool.security.UserId person, java.util.Set<org.coachingpool.security.Role> roles) {
        people.replaceRoles(person, roles);
    }

    @Override
    public List<Person> sponsors() {
        return people.sponsors();
    }
}

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

    PeopleAccounts(PeopleRepository people) {
        this.people = people;
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

package org.coachingpool.security;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The people of the pool's organisations as sign-in and the request form need them. */
@Service
public class UserDirectory {

    private final Accounts accounts;

    UserDirectory(Accounts accounts) {
        this.accounts = accounts;
    }

    Optional<Accounts.StoredAccount> findAccount(String username) {
        return accounts.findAccount(username);
    }

    /** People who can act as a sponsor, for the request form's picker. */
    public List<Person> sponsors() {
        return accounts.sponsors();
    }
}

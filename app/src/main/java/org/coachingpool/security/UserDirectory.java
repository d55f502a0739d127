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

    /**
     * The person as services see them once signed in, for work the app does in their name: the
     * demo's simulator, which replays a year of cases through the same services.
     */
    public Optional<CurrentUser> userFor(String username) {
        return accounts.findAccount(username).map(Accounts.StoredAccount::user);
    }

    /** People who can act as a sponsor, for the request form's picker. */
    public List<Person> sponsors() {
        return accounts.sponsors();
    }
}

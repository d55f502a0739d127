package org.coachingpool.people;

import java.time.Clock;
import java.util.EnumSet;
import org.coachingpool.people.repository.PeopleRepository;
import org.coachingpool.platform.StartupProblem;
import org.coachingpool.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new production database has nobody who can sign in. When the settings name a first pool
 * admin (COACHINGPOOL_FIRST_ADMIN_*), that person is created on start while no pool admin exists;
 * afterwards the settings do nothing. Settings that cannot work stop the start, naming the fix.
 */
@Component
class FirstPoolAdminSetting implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstPoolAdminSetting.class);
    static final int PASSWORD_MIN = 12;

    private final PeopleRepository people;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final String username;
    private final String name;
    private final String email;
    private final String organisation;
    private final String password;

    FirstPoolAdminSetting(PeopleRepository people, PasswordEncoder passwords, Clock clock,
            @Value("${coachingpool.first-admin.username:}") String username,
            @Value("${coachingpool.first-admin.name:}") String name,
            @Value("${coachingpool.first-admin.email:}") String email,
            @Value("${coachingpool.first-admin.organisation:Pool team}") String organisation,
            @Value("${coachingpool.first-admin.password:}") String password) {
        this.people = people;
        this.passwords = passwords;
        this.clock = clock;
        this.username = username.strip();
        this.name = name.strip();
        this.email = email.strip();
        this.organisation = organisation.strip();
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments arguments) {
        if (username.isEmpty()) {
            return;
        }
        if (name.isEmpty() || email.isEmpty() || !email.contains("@")) {
            throw new StartupProblem("the first pool admin needs a name and an email address",
                    "set COACHINGPOOL_FIRST_ADMIN_NAME and COACHINGPOOL_FIRST_ADMIN_EMAIL as well as the username");
        }
        if (password.length() < PASSWORD_MIN) {
            throw new StartupProblem("COACHINGPOOL_FIRST_ADMIN_PASSWORD must be at least " + PASSWORD_MIN
                    + " characters", "set a longer password (it is stored only as a bcrypt hash)");
        }
        if (people.anyPoolAdmin()) {
            log.info("A pool admin exists already; the COACHINGPOOL_FIRST_ADMIN_* settings changed nothing and can "
                    + "be removed.");
            return;
        }
        if (people.usernameTaken(username)) {
            throw new StartupProblem("COACHINGPOOL_FIRST_ADMIN_USERNAME names '" + username
                    + "', who exists but is not a pool admin", "choose a username nobody has yet; no account changed");
        }
        String inOrganisation = organisation.isEmpty() ? "Pool team" : organisation;
        people.ensureOrganisation(inOrganisation);
        people.insert(username, name, email, inOrganisation, passwords.encode(password),
                EnumSet.of(Role.POOL_ADMIN, Role.PROCESS_ADMIN), Workplace.UNKNOWN, clock.instant());
        log.warn("Created the first pool admin '{}'. Remove COACHINGPOOL_FIRST_ADMIN_PASSWORD from the settings now.",
                username);
    }
}

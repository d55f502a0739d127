package org.coachingpool.audit;

import org.coachingpool.audit.repository.AuditRepository;
import org.coachingpool.platform.StartupProblem;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * In production the app refuses to start while its database role could rewrite the audit log:
 * the HMAC and the anchors detect a rewrite afterwards, the role's rights prevent it.
 */
@Component
@Profile("prod")
@DependsOnDatabaseInitialization
class AppendOnlyInProduction implements InitializingBean {

    private final AuditRepository repository;

    AppendOnlyInProduction(AuditRepository repository) {
        this.repository = repository;
    }

    @Override
    public void afterPropertiesSet() {
        var why = repository.whyChangeableByThisConnection();
        if (why.isPresent()) {
            throw new StartupProblem("the app's database role (DATABASE_USER) may change or delete audit log entries: "
                    + why.get(),
                    "connect as a role that does not own the tables and is not a superuser; migrations run as "
                            + "DATABASE_OWNER_USER and grant it only reading and appending (deploy/README.md)");
        }
    }
}

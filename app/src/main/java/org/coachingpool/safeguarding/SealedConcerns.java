package org.coachingpool.safeguarding;

import org.coachingpool.encryption.SealedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What concerns say, and what the lead did, are sealed; named here for resealing after a rotation. */
@Configuration(proxyBeanMethods = false)
class SealedConcerns {

    @Bean
    SealedColumn sealedConcernText(JdbcClient jdbc) {
        return SealedColumn.inTable(jdbc, "safeguarding_concern", "what_happened", "id");
    }

    @Bean
    SealedColumn sealedConcernResponses(JdbcClient jdbc) {
        return SealedColumn.inTable(jdbc, "safeguarding_concern", "response", "id");
    }
}

package org.coachingpool.sessions;

import org.coachingpool.encryption.SealedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The session feature's sealed columns, for resealing after a key rotation. */
@Configuration(proxyBeanMethods = false)
class SealedSessionText {

    @Bean
    SealedColumn sealedSessionNotes(JdbcClient jdbc) {
        return SealedColumn.inTable(jdbc, "session_log", "private_notes", "id");
    }

    @Bean
    SealedColumn sealedSessionActions(JdbcClient jdbc) {
        return SealedColumn.inTable(jdbc, "session_log", "shared_actions", "id");
    }

    @Bean
    SealedColumn sealedEarlyEndReasons(JdbcClient jdbc) {
        return SealedColumn.inTable(jdbc, "early_end", "reason", "id");
    }
}

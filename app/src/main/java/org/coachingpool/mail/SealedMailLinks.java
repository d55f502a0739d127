package org.coachingpool.mail;

import org.coachingpool.encryption.SealedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A one-time link waiting to be sent is sealed; this names its column for resealing after a key rotation. */
@Configuration(proxyBeanMethods = false)
class SealedMailLinks {

    @Bean
    SealedColumn sealedSecretLinkColumn(JdbcClient jdbc) {
        return SealedColumn.inTable(jdbc, "mail_outbox", "secret_link", "id");
    }
}

package org.coachingpool.forms;

import org.coachingpool.encryption.SealedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Written answers are sealed; this names their column for resealing after a key rotation. */
@Configuration(proxyBeanMethods = false)
class SealedAnswers {

    @Bean
    SealedColumn sealedAnswerValues(JdbcClient jdbc) {
        return SealedColumn.inTable(jdbc, "task_answer", "value", "work_item_id", "field");
    }
}

package org.coachingpool.worklist;

import org.coachingpool.encryption.SealedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Saved drafts are sealed; this names their column for resealing after a key rotation. */
@Configuration(proxyBeanMethods = false)
class SealedDrafts {

    @Bean
    SealedColumn sealedDraftValues(JdbcClient jdbc) {
        return SealedColumn.inTable(jdbc, "task_draft", "values_json", "work_item_id", "author_id");
    }
}

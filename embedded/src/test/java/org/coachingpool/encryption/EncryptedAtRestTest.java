package org.coachingpool.encryption;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.sessions.SessionEntry;
import org.coachingpool.sessions.SessionRecord;
import org.coachingpool.sessions.Sessions;
import org.coachingpool.security.TestUsers;
import org.coachingpool.support.CaseJourney;
import org.coachingpool.support.EmbeddedStackTest;
import org.coachingpool.support.TestPool;
import org.coachingpool.worklist.TaskDrafts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What people write in confidence is stored sealed: after a relationship's notes, actions,
 * answers, a draft and an early-end reason are written through the services, no text column of
 * any table holds their words, yet each reader the rules allow reads them back.
 */
class EncryptedAtRestTest extends EmbeddedStackTest {

    @Autowired CaseJourney journey;
    @Autowired TestPool pool;
    @Autowired TestUsers users;
    @Autowired Sessions sessions;
    @Autowired TaskDrafts drafts;
    @Autowired JdbcClient jdbc;
    @Autowired Resealing resealing;
    @Autowired List<SealedColumn> columns;
    @Autowired TransactionTemplate transactions;
    @Autowired Environment environment;

    @Test
    void noTableHoldsThePlainWordsOfNotesActionsAnswersDraftsOrReasonsAndTheirReadersStillReadThem() {
        String coach = pool.coach();
        CaseId id = journey.toSessions(coach);
        sessions.log(journey.task(coach, id, RelationshipProcess.TASK_LOG_SESSION).id(), users.get(coach),
                new SessionEntry(LocalDate.now(), 60, SessionEntry.Modality.VIRTUAL, "Zanzibar-notes about a hard month",
                        "Zanzibar-actions to try"));
        var next = journey.task(coach, id, RelationshipProcess.TASK_LOG_SESSION);
        drafts.save(next.id(), users.get(coach), Map.of("notes", "Zanzibar-draft half written"));
        assertThat(drafts.load(next.id(), users.get(coach))).containsEntry("notes", "Zanzibar-draft half written");
        sessions.endEarly(id, users.get("thinker"), "Zanzibar-reason: we do not get on");

        assertThat(columnsHolding("Zanzibar")).as("text columns holding the words written in confidence").isEmpty();
        assertThat(jdbc.sql("select value from task_answer where case_id = :id").param("id", id.value())
                .query(String.class).list()).as("the contract's answers").isNotEmpty()
                .allSatisfy(value -> assertThat(value).startsWith("sealed:v1:"));

        SessionRecord asCoach = sessions.forCase(id, users.get(coach)).getFirst();
        assertThat(asCoach.privateNotes()).isEqualTo("Zanzibar-notes about a hard month");
        assertThat(asCoach.sharedActions()).isEqualTo("Zanzibar-actions to try");
        assertThat(sessions.forCase(id, users.get("thinker")).getFirst().sharedActions()).isEqualTo("Zanzibar-actions to try");
        assertThat(sessions.lastEarlyEnd(id, users.get("pooladmin")).orElseThrow().reason())
                .isEqualTo("Zanzibar-reason: we do not get on");
    }

    @Test
    void notesWrittenBeforeEncryptionAreSealedByResealingAndAKeyRotationMovesEveryValueToTheNewKey() throws Exception {
        String coach = pool.coach();
        CaseId id = journey.toSessions(coach);
        sessions.log(journey.task(coach, id, RelationshipProcess.TASK_LOG_SESSION).id(), users.get(coach),
                new SessionEntry(LocalDate.now(), 45, SessionEntry.Modality.PHONE, "sealed from the start", null));
        jdbc.sql("update session_log set private_notes = 'Quixote-legacy note' where case_id = :id")
                .param("id", id.value()).update();

        assertThat(resealing.resealAll()).isPositive();
        assertThat(columnsHolding("Quixote")).isEmpty();
        assertThat(sessions.forCase(id, users.get(coach)).getFirst().privateNotes()).isEqualTo("Quixote-legacy note");
        assertThat(resealing.waiting()).containsKeys("session_log.private_notes", "session_log.shared_actions",
                "early_end.reason", "task_answer.value", "task_draft.values_json",
                "safeguarding_concern.what_happened", "safeguarding_concern.response").allSatisfy((column, waiting) ->
                        assertThat(waiting).as(column).isZero());

        String appKeys = Files.readString(Path.of(environment.getRequiredProperty("coachingpool.encryption.key-file")));
        TextVault rotated = new TextVault(EncryptionKeys.parse("k9:" + EncryptionKeys.example() + "\n" + appKeys, "test"));
        TextVault back = new TextVault(EncryptionKeys.parse(appKeys + "\nk9:" + keyOf(rotated, "k9"), "test"));
        try {
            assertThat(new Resealing(rotated, columns, transactions).resealAll()).isPositive();
            assertThat(new Resealing(rotated, columns, transactions).waiting().values()).containsOnly(0L);
            String stored = jdbc.sql("select private_notes from session_log where case_id = :id").param("id", id.value())
                    .query(String.class).single();
            assertThat(stored).startsWith("sealed:v1:k9:");
            assertThat(rotated.open(stored, "session_log.private_notes")).isEqualTo("Quixote-legacy note");
        } finally {
            // Other tests share this database and the app's own key: move everything back.
            new Resealing(back, columns, transactions).resealAll();
        }
        assertThat(sessions.forCase(id, users.get(coach)).getFirst().privateNotes()).isEqualTo("Quixote-legacy note");
    }

    private static String keyOf(TextVault vault, String id) {
        return Base64.getEncoder().encodeToString(vault.keys().key(id).getEncoded());
    }

    /** Every text-like column of every table, as {@code table.column}, in which the word appears. */
    private List<String> columnsHolding(String word) {
        List<String> found = new ArrayList<>();
        var textColumns = jdbc.sql("""
                        select table_name, column_name from information_schema.columns
                        where table_schema = current_schema() and data_type in ('text', 'character varying', 'jsonb', 'json', 'ARRAY')
                          and table_name not like 'flyway%'
                        """)
                .query((rs, row) -> List.of(rs.getString("table_name"), rs.getString("column_name"))).list();
        for (var column : textColumns) {
            long count = jdbc.sql("select count(*) from " + column.get(0) + " where cast(" + column.get(1)
                    + " as text) like :word").param("word", "%" + word + "%").query(Long.class).single();
            if (count > 0) {
                found.add(column.get(0) + "." + column.get(1));
            }
        }
        return found;
    }
}

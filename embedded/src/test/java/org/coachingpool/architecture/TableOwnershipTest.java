package org.coachingpool.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each table has one owning feature. Read from the SQL in the sources: nobody but the owner
 * writes a table, and the people, pool and matching features keep all their SQL in their
 * repository package, so other features reach those tables only through the feature's service.
 */
class TableOwnershipTest {

    /** The features' sources, and the embedded default's beside them. */
    static final Path SOURCES = Path.of("..", "app", "src", "main", "java", "org", "coachingpool");
    static final Path EMBEDDED_SOURCES = Path.of("src", "main", "java", "org", "coachingpool");
    static final Map<String, String> OWNER = Map.ofEntries(
            Map.entry("organisation", "people"), Map.entry("user_account", "people"), Map.entry("user_role", "people"),
            Map.entry("pool_member", "pool"), Map.entry("ledger_entry", "pool"),
            Map.entry("match_candidate", "matching"), Map.entry("match_exclusion", "matching"),
            Map.entry("match_hold", "matching"), Map.entry("match_volunteer", "matching"),
            Map.entry("match_waiting", "matching"), Map.entry("matching_weight", "matching"),
            Map.entry("matching_weight_change", "matching"),
            Map.entry("relationship_case", "cases"), Map.entry("case_request", "request"),
            Map.entry("endorsement", "request"), Map.entry("process_definition", "definitions"),
            Map.entry("decision_definition", "definitions"), Map.entry("deployed_file", "definitions"),
            Map.entry("process_draft", "modeller"), Map.entry("process_change", "modeller"),
            Map.entry("work_item", "worklist"), Map.entry("task_draft", "worklist"), Map.entry("task_answer", "forms"),
            Map.entry("notification", "notification"), Map.entry("session_log", "sessions"),
            Map.entry("early_end", "sessions"), Map.entry("triage_decision", "triage"),
            Map.entry("case_problem", "incidents"), Map.entry("case_fact", "reports"),
            Map.entry("case_fact_month", "reports"), Map.entry("case_rating", "reports"),
            Map.entry("sign_in_failure", "security"), Map.entry("mail_outbox", "mail"),
            Map.entry("mail_preference", "mail"), Map.entry("meeting", "calendar"),
            Map.entry("meeting_pause", "calendar"),
            Map.entry("audit_event", "audit"), Map.entry("safeguarding_lead", "safeguarding"),
            Map.entry("safeguarding_concern", "safeguarding"),
            Map.entry("retention_setting", "records"), Map.entry("erased_case", "records"),
            Map.entry("erased_person", "records"), Map.entry("reconciliation_run", "reconciliation"),
            Map.entry("engine_command", "enginecommands"));
    /** Features whose SQL must all be in their repository package. */
    static final Set<String> REPOSITORY_ONLY = Set.of("people", "pool", "matching", "modeller", "reports",
            "security", "mail", "calendar", "audit",
            "safeguarding", "records", "reconciliation", "enginecommands");
    /** Reads of people's tables by other features: none now. Keep it so. */
    static final Set<String> KNOWN_READS = Set.of();
    /** Writes outside the owner: the demo loads sample data at start-up; a request creates its case row. */
    static final Set<String> KNOWN_WRITES = Set.of("demo/DemoData.java:user_account", "demo/DemoData.java:user_role",
            "demo/DemoData.java:organisation", "demo/DemoData.java:pool_member",
            "request/Requests.java:relationship_case");
    static final Pattern WRITE = Pattern.compile("(?i)\\b(insert\\s+into|update|delete\\s+from)\\s+([a-z_]+)\\b");
    static final Pattern READ = Pattern.compile("(?i)\\b(from|join)\\s+([a-z_]+)\\b");

    @Test
    void nobodyButATablesOwnerWritesItAndPeoplePoolAndMatchingKeepTheirSqlInTheirRepository() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path sources : List.of(SOURCES, EMBEDDED_SOURCES)) {
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String relative = sources.relativize(file).toString().replace('\\', '/');
                    String feature = relative.contains("/") ? relative.substring(0, relative.indexOf('/')) : "";
                    boolean inRepository = relative.startsWith(feature + "/repository/");
                    String source = Files.readString(file);
                    check(WRITE.matcher(source), relative, feature, inRepository, true, violations);
                    check(READ.matcher(source), relative, feature, inRepository, false, violations);
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void theKnownExceptionsStillExistSoTheListShrinksWhenOneIsMended() throws IOException {
        for (String known : KNOWN_READS) {
            String[] parts = known.split(":");
            assertThat(Files.readString(SOURCES.resolve(parts[0]))).as(known + " is mended: take it off the list")
                    .containsPattern("(?i)(from|join)\\s+" + parts[1] + "\\b");
        }
    }

    private static void check(Matcher sql, String file, String feature, boolean inRepository,
            boolean write, List<String> violations) {
        while (sql.find()) {
            String table = sql.group(2).toLowerCase(Locale.ROOT);
            String owner = OWNER.get(table);
            if (owner == null) {
                continue;
            }
            String key = file + ":" + table;
            if (!owner.equals(feature)) {
                if (write && !KNOWN_WRITES.contains(key)) {
                    violations.add(file + " writes " + table + ", which " + owner + " owns: call " + owner + "'s service");
                } else if (!write && REPOSITORY_ONLY.contains(owner) && !KNOWN_READS.contains(key)
                        && !KNOWN_WRITES.contains(key)) {
                    violations.add(file + " reads " + table + ", which " + owner + " owns: call " + owner + "'s service");
                }
            } else if (REPOSITORY_ONLY.contains(owner) && !inRepository) {
                violations.add(file + " has SQL on " + table + " outside " + owner + "'s repository package");
            }
        }
    }
}

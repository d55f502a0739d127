package org.coachingpool.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each table has one owning feature, and that feature's {@code repository} package is the only
 * place with SQL on it. Read from the sources: no SQL outside a repository package, and no
 * repository reads or writes another feature's table; others go through the owner's service.
 */
class TableOwnershipTest {

    /** The features' sources, and the embedded default's beside them. */
    static final Path SOURCES = Path.of("..", "app", "src", "main", "java", "org", "coachingpool");
    static final Path EMBEDDED_SOURCES = Path.of("src", "main", "java", "org", "coachingpool");
    static final Path MIGRATIONS = Path.of("..", "app", "src", "main", "resources", "db", "migration");
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
            Map.entry("engine_command", "enginecommands"), Map.entry("form_definition", "definitions"),
            Map.entry("known_device", "security"), Map.entry("password_link", "people"),
            Map.entry("pool_application", "pool"));
    static final Pattern WRITE = Pattern.compile("(?i)\\b(insert\\s+into|update|delete\\s+from)\\s+([a-z_]+)\\b");
    static final Pattern READ = Pattern.compile("(?i)\\b(from|join)\\s+([a-z_]+)\\b");
    /** A statement run through Spring's JDBC support: what only a repository does. */
    static final Pattern RUNS_SQL = Pattern.compile("\\.sql\\(|\\bbatchUpdate\\(|\\bJdbcTemplate\\b");

    @Test
    void onlyATablesOwnerTouchesItAndOnlyFromItsRepositoryPackage() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path sources : List.of(SOURCES, EMBEDDED_SOURCES)) {
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String relative = sources.relativize(file).toString().replace('\\', '/');
                    String feature = relative.contains("/") ? relative.substring(0, relative.indexOf('/')) : "";
                    boolean inRepository = relative.startsWith(feature + "/repository/");
                    String source = Files.readString(file);
                    if (!inRepository && RUNS_SQL.matcher(source).find()) {
                        violations.add(relative + " runs SQL outside " + feature + "'s repository package");
                    }
                    check(WRITE.matcher(source), relative, feature, inRepository, "writes", violations);
                    check(READ.matcher(source), relative, feature, inRepository, "reads", violations);
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void everyTableTheMigrationsCreateHasAnOwner() throws IOException {
        var created = new TreeSet<String>();
        var table = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_]+)");
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                Matcher found = table.matcher(Files.readString(file));
                while (found.find()) {
                    created.add(found.group(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        assertThat(created).isNotEmpty();
        assertThat(OWNER.keySet()).as("tables with an owner").containsAll(created);
    }

    private static void check(Matcher sql, String file, String feature, boolean inRepository, String verb,
            List<String> violations) {
        while (sql.find()) {
            String table = sql.group(2).toLowerCase(Locale.ROOT);
            String owner = OWNER.get(table);
            if (owner == null) {
                continue;
            }
            if (!owner.equals(feature)) {
                violations.add(file + " " + verb + " " + table + ", which " + owner + " owns: call " + owner
                        + "'s service");
            } else if (!inRepository) {
                violations.add(file + " has SQL on " + table + " outside " + owner + "'s repository package");
            }
        }
    }
}

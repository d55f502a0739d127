package org.coachingpool.people;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.coachingpool.people.repository.PeopleRepository;
import org.coachingpool.people.repository.PeopleRepository.KnownPerson;
import org.coachingpool.platform.AdminChange;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.platform.StorableText;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports staff from a spreadsheet saved as CSV. A preview says what each row would do and
 * what is wrong with it before anything is stored; the import itself runs only when no row has a
 * problem. People are matched by email, so importing the same file twice changes nothing; a
 * changed row updates the person; nobody is ever removed and no role is taken away.
 */
@Service
public class StaffImport {

    /** The refusal for anyone but the pool team. */
    private static final String POOL_TEAM_ONLY = "Only the pool team can import people.";

    public static final int MAX_ROWS = 10_000;
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    static final List<String> COLUMNS = List.of("name", "email", "organisation", "department", "job_title", "grade",
            "seniority", "line_manager_email", "roles", "username");
    static final Set<String> REQUIRED = Set.of("name", "email", "organisation");
    /** Imported people sign in once given a password by the pool team, or through single sign-on. */
    static final String NO_PASSWORD = "!imported-no-password";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Map<String, Role> ROLE_WORDS = Map.of("thinker", Role.THINKER, "coachee", Role.THINKER,
            "mentee", Role.THINKER, "sponsor", Role.SPONSOR, "line manager", Role.SPONSOR, "coach", Role.COACH,
            "mentor", Role.COACH, "pool admin", Role.POOL_ADMIN, "process admin", Role.PROCESS_ADMIN);

    private final PeopleRepository people;
    private final Clock clock;

    private final ApplicationEventPublisher events;

    StaffImport(PeopleRepository people, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.people = people;
        this.clock = clock;
    }

    /** A file to fill in: the columns and one example row. */
    public String template() {
        return String.join(",", COLUMNS) + "\r\n"
                + "Priya Shah,priya.shah@example.org,Northshire County Council,Adult Social Care,"
                + "Social Work Team Manager,Grade 9,Team or service manager,tom.bennett@example.org,thinker,\r\n";
    }

    /** What importing the file would do; stores nothing. */
    public ImportPreview preview(byte[] file, CurrentUser admin) {
        admin.require(Role.POOL_ADMIN, POOL_TEAM_ONLY);
        return plan(file).preview();
    }

    /** Counts of what an import did. */
    public record Result(int added, int updated, int unchanged) {
    }

    /**
     * Imports the file.
     *
     * @throws InvalidInputException when the file or any row has a problem; nothing is stored
     */
    @Transactional
    public Result apply(byte[] file, CurrentUser admin) {
        admin.require(Role.POOL_ADMIN, POOL_TEAM_ONLY);
        Plan plan = plan(file);
        ImportPreview preview = plan.preview();
        if (!preview.canImport()) {
            throw new InvalidInputException("file", preview.fileProblems().isEmpty()
                    ? preview.rowsWithProblems() + (preview.rowsWithProblems() == 1 ? " row has a problem" : " rows have problems")
                            + ". Correct them in the spreadsheet and upload it again: nothing was imported."
                    : preview.fileProblems().getFirst());
        }
        var now = clock.instant();
        List<PeopleRepository.ImportedPerson> added = new ArrayList<>();
        List<PeopleRepository.ImportedPerson> updated = new ArrayList<>();
        for (Parsed row : plan.rows()) {
            var person = new PeopleRepository.ImportedPerson(row.known() == null ? UUID.randomUUID()
                    : row.known().id(), row.username(), row.name(), row.email(), plan.organisations().get(key(row.organisation())),
                    row.workplace(), row.roles());
            switch (row.action()) {
                case ADD -> added.add(person);
                case UPDATE -> updated.add(person);
                case UNCHANGED -> { }
            }
        }
        people.insertImported(added, NO_PASSWORD, now);
        Map<String, UUID> addedIds = new HashMap<>();
        added.forEach(p -> addedIds.put(key(p.email()), p.id()));
        people.updateImported(updated);
        // Managers may be people the same file adds, so chains are set once everyone exists.
        Map<UUID, UUID> managers = new HashMap<>();
        for (Parsed row : plan.rows()) {
            if (row.action() != ImportPreview.Action.UNCHANGED && row.managerEmail() != null) {
                var id = row.known() == null ? addedIds.get(key(row.email())) : row.known().id();
                managers.put(id, plan.idOfEmail(row.managerEmail(), addedIds));
            }
        }
        people.setLineManagers(managers);
        people.addRoles(plan.rows().stream().filter(r -> r.action() != ImportPreview.Action.UNCHANGED)
                .collect(Collectors.toMap(r -> r.known() == null ? addedIds.get(key(r.email())) : r.known().id(),
                        Parsed::roles)));
        events.publishEvent(new AdminChange(admin.id(), AdminChange.Area.PEOPLE, "Imported staff from a spreadsheet: "
                + added.size() + " added, " + updated.size() + " changed"));
        return new Result(added.size(), updated.size(), (int) preview.count(ImportPreview.Action.UNCHANGED));
    }

    /** A row read and checked, with what it would do. */
    private record Parsed(int line, String name, String email, String organisation, Workplace workplace,
            String managerEmail, Set<Role> roles, String username, KnownPerson known, ImportPreview.Action action,
            List<String> changes, List<String> problems) {
    }

    private record Plan(List<String> fileProblems, List<Parsed> rows, Map<String, UUID> organisations,
            Map<String, KnownPerson> known) {

        ImportPreview preview() {
            return new ImportPreview(fileProblems, rows.stream().map(r -> new ImportPreview.Row(r.line(), r.email(),
                    r.name(), r.action(), r.changes(), r.problems())).toList());
        }

        UUID idOfEmail(String email, Map<String, UUID> added) {
            var existing = known.get(key(email));
            return existing != null ? existing.id() : added.get(key(email));
        }
    }

    private Plan plan(byte[] file) {
        var organisations = people.organisationIdsByLowerName();
        var empty = new Plan(List.of(), List.of(), organisations, Map.of());
        if (file == null || file.length == 0) {
            return withProblem(empty, "The file is empty. Download the template, fill it in and upload it.");
        }
        if (file.length > MAX_BYTES) {
            return withProblem(empty, "The file is larger than 5 MB. Split it into smaller files of up to "
                    + String.format(Locale.UK, "%,d", MAX_ROWS) + " people.");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException notUtf8) {
            return withProblem(empty, "The file is not saved as UTF-8 text. In Excel choose Save As, then "
                    + "\"CSV UTF-8 (Comma delimited)\", and upload that file.");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<CSVRecord> records;
        List<String> header;
        try (var parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(CSVFormat.DEFAULT.builder()
                .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get()).get()) {
            header = parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase(Locale.UK).replace(' ', '_')).toList();
            records = new ArrayList<>();
            for (CSVRecord record : parser) {
                records.add(record);
                if (records.size() > MAX_ROWS) {
                    return withProblem(empty, "The file has more than " + String.format(Locale.UK, "%,d", MAX_ROWS)
                            + " people. Split it into smaller files and upload each.");
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException broken) {
            return withProblem(empty, whyNotCsv(broken.getMessage()));
        }
        var problems = new ArrayList<String>();
        if (header.size() == 1 && (header.getFirst().contains(";") || header.getFirst().contains("\t"))) {
            // Spreadsheets set to a European locale save "CSV" with semicolons; some exports use tabs.
            String separator = header.getFirst().contains(";") ? "semicolons (;)" : "tabs";
            return withProblem(empty, "The columns in the file are separated by " + separator + ", not commas. "
                    + "Save it again as \"CSV UTF-8 (comma delimited)\" and upload that file.");
        }
        var missing = REQUIRED.stream().filter(c -> !header.contains(c)).sorted().toList();
        var unknown = header.stream().filter(c -> !COLUMNS.contains(c)).toList();
        if (!missing.isEmpty()) {
            problems.add("The file has no " + String.join(", ", missing) + (missing.size() == 1 ? " column" : " columns")
                    + ". The first row must name the columns, as in the template: " + String.join(", ", COLUMNS) + ".");
        }
        if (!unknown.isEmpty()) {
            problems.add("The file has columns the pool does not know: " + String.join(", ", unknown)
                    + ". Use the template's columns: " + String.join(", ", COLUMNS) + ".");
        }
        if (records.isEmpty() && problems.isEmpty()) {
            problems.add("The file has no people in it, only the row of column names.");
        }
        if (!problems.isEmpty()) {
            return new Plan(problems, List.of(), organisations, Map.of());
        }
        Map<String, KnownPerson> known = people.knownForImport();
        return new Plan(List.of(), check(records, header, known, organisations), organisations, known);
    }

    private List<Parsed> check(List<CSVRecord> records, List<String> header, Map<String, KnownPerson> known,
            Map<String, UUID> organisations) {
        Map<String, Integer> lineOfEmail = new HashMap<>();
        Set<String> usernames = new HashSet<>(people.usernames());
        Set<String> closed = people.closedOrganisations();
        List<Parsed> rows = new ArrayList<>();
        for (CSVRecord record : records) {
            int line = (int) record.getRecordNumber() + 1;
            List<String> problems = new ArrayList<>();
            Map<String, String> cells = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                String value = i < record.size() ? record.get(i).strip() : "";
                cells.put(header.get(i), value.isEmpty() ? null : value);
            }
            if (record.size() != header.size()) {
                problems.add("has " + record.size() + (record.size() == 1 ? " cell" : " cells") + " where the first row names "
                        + header.size() + " columns");
            }
            cells.forEach((column, value) -> {
                if (value != null && !StorableText.isStorable(value)) {
                    problems.add(column.replace('_', ' ') + " has a hidden character that cannot be saved");
                } else if (value != null && value.length() > People.TEXT_MAX) {
                    problems.add(column.replace('_', ' ') + " is longer than " + People.TEXT_MAX + " characters");
                }
            });
            String name = cells.get("name");
            String email = cells.get("email");
            String organisation = cells.get("organisation");
            if (name == null) {
                problems.add("name is empty");
            }
            if (email == null || !EMAIL.matcher(email).matches()) {
                problems.add(email == null ? "email is empty" : "email " + email + " is not an email address");
            } else {
                Integer earlier = lineOfEmail.putIfAbsent(key(email), line);
                if (earlier != null) {
                    problems.add("email " + email + " is also on line " + earlier);
                }
            }
            if (organisation == null) {
                problems.add("organisation is empty");
            } else if (!organisations.containsKey(key(organisation))) {
                problems.add("there is no organisation called " + organisation + ": add it under Organisations first");
            }
            Seniority seniority = null;
            if (cells.get("seniority") != null) {
                seniority = seniority(cells.get("seniority"));
                if (seniority == null) {
                    problems.add("seniority " + cells.get("seniority") + " is not one of: " + Arrays.stream(Seniority.values())
                            .map(Seniority::label).collect(Collectors.joining(", ")));
                }
            }
            Set<Role> roles = EnumSet.noneOf(Role.class);
            if (cells.get("roles") != null) {
                for (String word : cells.get("roles").split("[;,]")) {
                    Role role = ROLE_WORDS.get(word.strip().toLowerCase(Locale.UK));
                    if (role == null && !word.isBlank()) {
                        problems.add("role " + word.strip() + " is not one of: thinker, sponsor, coach");
                    } else if (role == Role.POOL_ADMIN || role == Role.PROCESS_ADMIN) {
                        // A spreadsheet row must not make anyone an admin (issue 27): another admin does, by name.
                        problems.add(word.strip() + " is given on the People screen by another admin, not by import");
                    } else if (role != null) {
                        roles.add(role);
                    }
                }
            }
            String managerEmail = cells.get("line_manager_email");
            if (managerEmail != null && email != null && managerEmail.equalsIgnoreCase(email)) {
                problems.add("a person cannot be their own line manager");
            }
            KnownPerson existing = email == null ? null : known.get(key(email));
            if (organisation != null && closed.contains(key(organisation))
                    && (existing == null || !organisation.equalsIgnoreCase(existing.organisation()))) {
                problems.add(organisation + " is closed: nobody new is added to it. Open it again under Organisations "
                        + "first");
            }
            String username = cells.get("username");
            if (existing != null) {
                username = existing.username();
            } else if (username != null) {
                username = username.toLowerCase(Locale.UK);
                if (!username.matches("[a-z0-9][a-z0-9._-]{1,39}")) {
                    problems.add("username " + username + " must be 2 to 40 lower-case letters, numbers, dots, dashes or underscores");
                } else if (!usernames.add(username)) {
                    problems.add("username " + username + " is taken by someone else");
                }
            } else if (email != null && EMAIL.matcher(email).matches()) {
                username = freeUsername(email, usernames);
            }
            if (roles.isEmpty() && existing == null) {
                roles.add(Role.THINKER);
            }
            var workplace = new Workplace(cells.get("department"), cells.get("job_title"), cells.get("grade"), seniority, null);
            var action = existing == null ? ImportPreview.Action.ADD : ImportPreview.Action.UNCHANGED;
            List<String> changes = List.of();
            if (existing != null) {
                changes = changes(existing, name, organisation, workplace, managerEmail, roles);
                action = changes.isEmpty() ? ImportPreview.Action.UNCHANGED : ImportPreview.Action.UPDATE;
            }
            rows.add(new Parsed(line, name, email, organisation, workplace, managerEmail, roles, username, existing,
                    action, changes, problems));
        }
        return checkManagers(rows, known);
    }

    /** Line managers must be known or in the file, and chains must not loop. */
    private List<Parsed> checkManagers(List<Parsed> rows, Map<String, KnownPerson> known) {
        Map<String, String> managerOf = new HashMap<>();
        known.values().forEach(k -> {
            if (k.lineManagerEmail() != null) {
                managerOf.put(key(k.email()), key(k.lineManagerEmail()));
            }
        });
        Set<String> inFile = new HashSet<>();
        for (Parsed row : rows) {
            if (row.email() != null) {
                inFile.add(key(row.email()));
                if (row.managerEmail() != null) {
                    managerOf.put(key(row.email()), key(row.managerEmail()));
                } else if (row.known() == null) {
                    managerOf.remove(key(row.email()));
                }
            }
        }
        List<Parsed> checked = new ArrayList<>(rows.size());
        for (Parsed row : rows) {
            String manager = row.managerEmail();
            if (manager != null && !known.containsKey(key(manager)) && !inFile.contains(key(manager))) {
                row.problems().add("line manager " + manager + " is neither in the pool nor in this file");
            } else if (manager != null && row.email() != null && loops(key(row.email()), managerOf)) {
                row.problems().add("line manager " + manager + " reports to " + row.name()
                        + ", directly or through others: a line-management chain cannot loop");
            }
            checked.add(row);
        }
        return checked;
    }

    private static boolean loops(String start, Map<String, String> managerOf) {
        Set<String> seen = new HashSet<>();
        String at = managerOf.get(start);
        while (at != null) {
            if (at.equals(start)) {
                return true;
            }
            if (!seen.add(at)) {
                return false;
            }
            at = managerOf.get(at);
        }
        return false;
    }

    private static List<String> changes(KnownPerson known, String name, String organisation, Workplace workplace,
            String managerEmail, Set<Role> roles) {
        var changes = new ArrayList<String>();
        if (name != null && !name.equals(known.displayName())) {
            changes.add("name");
        }
        if (organisation != null && !organisation.equalsIgnoreCase(known.organisation())) {
            changes.add("organisation");
        }
        Map<String, Object[]> parts = new LinkedHashMap<>();
        parts.put("department", new Object[] {workplace.department(), known.workplace().department()});
        parts.put("job title", new Object[] {workplace.jobTitle(), known.workplace().jobTitle()});
        parts.put("grade", new Object[] {workplace.grade(), known.workplace().grade()});
        parts.put("seniority", new Object[] {workplace.seniority(), known.workplace().seniority()});
        parts.forEach((label, pair) -> {
            if (pair[0] != null && !Objects.equals(pair[0], pair[1])) {
                changes.add(label);
            }
        });
        if (managerEmail != null && !managerEmail.equalsIgnoreCase(Objects.requireNonNullElse(known.lineManagerEmail(), ""))) {
            changes.add("line manager");
        }
        if (!known.roles().containsAll(roles)) {
            changes.add("roles added");
        }
        return changes;
    }

    private static Seniority seniority(String text) {
        String wanted = text.strip().toLowerCase(Locale.UK);
        return Arrays.stream(Seniority.values())
                .filter(s -> s.label().toLowerCase(Locale.UK).equals(wanted) || s.name().toLowerCase(Locale.UK).equals(wanted))
                .findFirst().orElse(null);
    }

    private static String freeUsername(String email, Set<String> taken) {
        String base = email.substring(0, email.indexOf('@')).toLowerCase(Locale.UK).replaceAll("[^a-z0-9._-]", "");
        base = base.isEmpty() || !Character.isLetterOrDigit(base.charAt(0)) ? "person" + base : base;
        base = base.length() > 36 ? base.substring(0, 36) : base.length() < 2 ? base + "0" : base;
        String candidate = base;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = base + n;
        }
        return candidate;
    }

    static String key(String text) {
        return text.strip().toLowerCase(Locale.UK);
    }

    private static Plan withProblem(Plan plan, String problem) {
        return new Plan(List.of(problem), List.of(), plan.organisations(), Map.of());
    }

    /**
     * Why the file could not be read, in the pool team's words: the parser's own message names
     * its classes and exceptions, which help nobody fix a spreadsheet.
     */
    static String whyNotCsv(String parserMessage) {
        String message = parserMessage == null ? "" : parserMessage;
        var line = Pattern.compile("line (\\d+)").matcher(message);
        if (message.toLowerCase(Locale.ROOT).contains("duplicate")) {
            return "Two columns in the first row have the same name. Give each column its own name, as in the "
                    + "template, and upload the file again.";
        }
        if (line.find()) {
            return "Line " + line.group(1) + " of the file could not be read: a quotation mark there is not "
                    + "closed, or text follows it. Check that line in the spreadsheet, save it as CSV and upload "
                    + "it again.";
        }
        return "The file could not be read as a CSV file. Save the spreadsheet as \"CSV UTF-8 (Comma delimited)\" "
                + "and upload that file.";
    }

}

package org.coachingpool.modeller;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.coachingpool.definitions.ProcessDefinitions;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks every output cell of a decision table against what the processes that call the
 * decision do with it, so that a value the engine cannot use is refused before a deploy rather
 * than stopping cases later: a period given to a timer or to {@code duration()} must be an
 * ISO 8601 period in quotes, a number must be a number, a value the app reads must be one it
 * knows. The engine evaluates each cell as FEEL: {@code P2D} without quotes is the name of a
 * variable nobody set, so it gives null, and {@code "P2DX"} is text no timer can use.
 */
final class DecisionOutputs {

    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");
    private static final Pattern DURATION_CALL = Pattern.compile("duration\\(\\s*\"([^\"]*)\"\\s*\\)");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private static final String PERIOD_HINT = "an ISO 8601 period, like \"P5D\" for 5 days, \"P2W\" for 2 weeks, "
            + "\"P6M\" for 6 months or \"PT4H\" for 4 hours";

    /** What the callers need of one output. */
    enum Need { PERIOD, NUMBER, OPTION, ANY }

    private DecisionOutputs() {
    }

    /**
     * @param callers the XML of each live process that may call the decision
     * @param options for a result variable the app itself reads, the values it knows
     */
    static List<Finding> check(Element root, Collection<String> callers, Map<String, Set<String>> options) {
        List<Finding> findings = new ArrayList<>();
        String ns = root.getNamespaceURI();
        var decisions = root.getElementsByTagNameNS(ns, "decision");
        for (int d = 0; d < decisions.getLength(); d++) {
            Element decision = (Element) decisions.item(d);
            String decisionId = decision.getAttribute("id");
            String decisionName = decision.getAttribute("name").isBlank() ? decisionId : decision.getAttribute("name");
            Set<String> resultVariables = resultVariables(decisionId, callers);
            var tables = decision.getElementsByTagNameNS(ns, "decisionTable");
            for (int t = 0; t < tables.getLength(); t++) {
                Element table = (Element) tables.item(t);
                List<Element> outputs = children(table, ns, "output");
                Set<String> inputs = new LinkedHashSet<>();
                for (Element input : children(table, ns, "input")) {
                    var text = input.getElementsByTagNameNS(ns, "text");
                    if (text.getLength() > 0) {
                        inputs.add(text.item(0).getTextContent().strip());
                    }
                }
                List<Element> rules = children(table, ns, "rule");
                for (int o = 0; o < outputs.size(); o++) {
                    Element output = outputs.get(o);
                    String label = label(output);
                    Need need = need(output, outputs.size() == 1, resultVariables, callers, options);
                    Set<String> known = outputs.size() == 1 ? known(resultVariables, options) : Set.of();
                    for (int r = 0; r < rules.size(); r++) {
                        List<Element> cells = children(rules.get(r), ns, "outputEntry");
                        String cell = o < cells.size() ? text(cells.get(o), ns) : "";
                        String problem = problem(cell, need, output.getAttribute("typeRef"), known, inputs);
                        if (problem != null) {
                            findings.add(Finding.error(decisionId, decisionName,
                                    label + ", rule " + (r + 1) + ruleDescription(rules.get(r), ns) + ": " + problem));
                        }
                    }
                }
            }
        }
        return findings;
    }

    /** Why the cell would not give what is needed, in the admin's words; null when it will. */
    static String problem(String cell, Need need, String typeRef, Set<String> known, Set<String> inputs) {
        if (cell.isEmpty()) {
            return "the cell is empty; enter a value";
        }
        var string = STRING.matcher(cell);
        boolean isString = string.matches();
        var durationCall = DURATION_CALL.matcher(cell);
        boolean isNumber = NUMBER.matcher(cell).matches();
        if (!isString && !isNumber && !durationCall.matches() && !inputs.contains(cell)
                && !cell.equals("true") && !cell.equals("false")) {
            if (NAME.matcher(cell).matches()) {
                return cell + " has no quotation marks, so the engine reads it as the name of something it does not "
                        + "have and the case stops; write it in quotes, like \"" + cell + "\""
                        + (need == Need.PERIOD ? " (" + PERIOD_HINT + ")" : "");
            }
            if (need != Need.ANY) {
                return cell + " is not a single value; enter a value, like " + example(need, known);
            }
            return null;
        }
        switch (need) {
            case PERIOD -> {
                String period = isString ? string.group(1) : durationCall.matches() ? durationCall.group(1) : null;
                if (period == null || !isPeriod(period)) {
                    return cell + " is not a period of time; write it in quotes as " + PERIOD_HINT;
                }
            }
            case NUMBER -> {
                if (!isNumber) {
                    return cell + " is not a number; enter a number without quotes, like 3";
                }
            }
            case OPTION -> {
                if (!isString || !known.contains(string.group(1))) {
                    return cell + " is not one of the values the app knows; use one of "
                            + String.join(", ", known.stream().map(k -> "\"" + k + "\"").toList());
                }
            }
            case ANY -> {
                if ("number".equals(typeRef) && !isNumber) {
                    return cell + " is not a number; enter a number without quotes, like 3";
                }
            }
        }
        return null;
    }

    /** An ISO 8601 period the engine's timers take: days and longer, a time part, or both; not negative. */
    static boolean isPeriod(String text) {
        if (text.isEmpty() || text.startsWith("-") || !text.startsWith("P")) {
            return false;
        }
        int time = text.indexOf('T');
        try {
            if (time < 0) {
                Period.parse(text);
            } else {
                if (time > 1) {
                    Period.parse(text.substring(0, time));
                }
                Duration.parse("P" + text.substring(time));
            }
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static Need need(Element output, boolean single, Set<String> resultVariables, Collection<String> callers,
            Map<String, Set<String>> options) {
        String name = output.getAttribute("name");
        for (String result : resultVariables) {
            String reference = Pattern.quote(single ? result : result + "." + name);
            Pattern asPeriod = Pattern.compile("duration\\(\\s*" + reference + "\\s*\\)"
                    + "|<(?:[\\w-]+:)?time(?:Duration|Cycle)\\b[^>]*>\\s*=\\s*" + reference + "\\s*<");
            Pattern asNumber = Pattern.compile("(?:&lt;|&gt;|[<>])=?\\s*" + reference + "(?![\\w.])|" + reference
                    + "\\s*(?:&lt;|&gt;|[<>])");
            for (String caller : callers) {
                if (asPeriod.matcher(caller).find()) {
                    return Need.PERIOD;
                }
                if (asNumber.matcher(caller).find()) {
                    return Need.NUMBER;
                }
            }
            if (single && options.containsKey(result)) {
                return Need.OPTION;
            }
        }
        return "number".equals(output.getAttribute("typeRef")) ? Need.NUMBER : Need.ANY;
    }

    private static Set<String> known(Set<String> resultVariables, Map<String, Set<String>> options) {
        Set<String> known = new LinkedHashSet<>();
        resultVariables.forEach(r -> known.addAll(options.getOrDefault(r, Set.of())));
        return known;
    }

    private static Set<String> resultVariables(String decisionId, Collection<String> callers) {
        Set<String> found = new LinkedHashSet<>();
        for (String caller : callers) {
            ProcessDefinitions.decisionCalls(caller).stream()
                    .filter(call -> decisionId.equals(call.decisionId()) && call.resultVariable() != null)
                    .forEach(call -> found.add(call.resultVariable()));
        }
        return found;
    }

    private static String example(Need need, Set<String> known) {
        return switch (need) {
            case PERIOD -> "\"P5D\"";
            case NUMBER -> "3";
            case OPTION -> known.isEmpty() ? "\"A_VALUE\"" : "\"" + known.iterator().next() + "\"";
            case ANY -> "\"A_VALUE\"";
        };
    }

    private static String label(Element output) {
        for (String attribute : List.of("label", "name", "id")) {
            if (!output.getAttribute(attribute).isBlank()) {
                return "'" + output.getAttribute(attribute) + "'";
            }
        }
        return "an output";
    }

    private static String ruleDescription(Element rule, String ns) {
        var descriptions = children(rule, ns, "description");
        if (descriptions.isEmpty()) {
            return "";
        }
        String text = descriptions.getFirst().getTextContent().strip().replaceAll("\\s+", " ");
        return text.isEmpty() ? "" : " (" + (text.length() > 60 ? text.substring(0, 57) + "..." : text) + ")";
    }

    private static String text(Element entry, String ns) {
        var text = entry.getElementsByTagNameNS(ns, "text");
        return text.getLength() == 0 ? "" : text.item(0).getTextContent().strip();
    }

    private static List<Element> children(Element parent, String ns, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && localName.equals(element.getLocalName())
                    && ns.equals(element.getNamespaceURI())) {
                found.add(element);
            }
        }
        return found;
    }
}

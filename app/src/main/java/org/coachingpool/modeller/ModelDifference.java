package org.coachingpool.modeller;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What changed between two versions of a model, in lines a process admin reads: elements added
 * and removed, and for changed ones each property from its old value to its new. Elements are
 * matched by id; layout (the diagram's shapes and edges) is left out, because it changes nothing
 * about how cases run.
 */
final class ModelDifference {

    /** Parts of a decision table that belong to their rule, not units of their own. */
    private static final Set<String> PART_OF_PARENT = Set.of("inputEntry", "outputEntry", "inputExpression",
            "text", "conditionExpression");
    private static final Set<String> LAYOUT_NAMESPACES = Set.of("http://www.omg.org/spec/BPMN/20100524/DI",
            "http://www.omg.org/spec/DMN/20180521/DMNDI/", "https://www.omg.org/spec/DMN/20191111/DMNDI/",
            "http://www.omg.org/spec/DD/20100524/DC", "http://www.omg.org/spec/DD/20100524/DI",
            "http://www.omg.org/spec/DMN/20180521/DC/", "http://www.omg.org/spec/DMN/20180521/DI/",
            "https://www.omg.org/spec/DMN/20191111/DC/", "https://www.omg.org/spec/DMN/20191111/DI/");
    private static final Set<String> IGNORED_ATTRIBUTES = Set.of("id", "exporter", "exporterVersion",
            "executionPlatformVersion", "expressionLanguage");

    private ModelDifference() {
    }

    private record Unit(String id, String type, String name, Map<String, String> properties) {
    }

    static List<String> between(String before, String after) {
        Map<String, Unit> a = units(ModelChecks.dmn(before));
        Map<String, Unit> b = units(ModelChecks.dmn(after));
        List<String> lines = new ArrayList<>();
        for (Unit added : b.values()) {
            if (!a.containsKey(added.id())) {
                lines.add("Added " + describe(added));
            }
        }
        for (Unit removed : a.values()) {
            if (!b.containsKey(removed.id())) {
                lines.add("Removed " + describe(removed));
            }
        }
        for (Unit old : a.values()) {
            Unit now = b.get(old.id());
            if (now == null) {
                continue;
            }
            if (!old.type().equals(now.type())) {
                lines.add("Changed " + describe(now) + ": was a " + words(old.type()));
            }
            Set<String> keys = new TreeSet<>(old.properties().keySet());
            keys.addAll(now.properties().keySet());
            for (String key : keys) {
                String was = old.properties().get(key);
                String is = now.properties().get(key);
                if (!Objects.equals(was, is)) {
                    lines.add("Changed " + describe(now) + ": " + key + " " + shown(was) + " → " + shown(is));
                }
            }
        }
        return lines;
    }

    private static String describe(Unit unit) {
        return words(unit.type()) + (unit.name().isBlank() ? " " + unit.id() : " '" + unit.name() + "' (" + unit.id()
                + ")");
    }

    private static String shown(String value) {
        if (value == null) {
            return "(none)";
        }
        String flat = value.replaceAll("\\s+", " ").strip();
        return flat.isEmpty() ? "(empty)" : flat.length() > 120 ? flat.substring(0, 117) + "..." : flat;
    }

    /** "userTask" → "user task". */
    static String words(String localName) {
        return localName.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    private static Map<String, Unit> units(Document document) {
        Map<String, Unit> units = new LinkedHashMap<>();
        collect(document.getDocumentElement(), units);
        return units;
    }

    private static void collect(Element element, Map<String, Unit> units) {
        if (LAYOUT_NAMESPACES.contains(element.getNamespaceURI())) {
            return;
        }
        if (element.getLocalName().equals("rule")) {
            units.put(element.getAttribute("id"), rule(element));
        } else if (isUnit(element)) {
            Map<String, String> properties = new LinkedHashMap<>();
            flatten(element, "", properties);
            units.put(element.getAttribute("id"), new Unit(element.getAttribute("id"), element.getLocalName(),
                    element.getAttribute("name"), properties));
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element nested) {
                collect(nested, units);
            }
        }
    }

    /**
     * A decision table's rule, its cells named by their column ("Remind sponsor after"), and the
     * rule by its number in the table, as the editor shows it.
     */
    private static Unit rule(Element rule) {
        Element table = (Element) rule.getParentNode();
        List<String> inputs = new ArrayList<>();
        List<String> outputs = new ArrayList<>();
        for (Node child = table.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element column) {
                String label = column.getAttribute("label").isBlank() ? column.getAttribute("name")
                        : column.getAttribute("label");
                switch (column.getLocalName()) {
                    case "input" -> inputs.add("when " + (label.isBlank() ? "input " + (inputs.size() + 1) : label));
                    case "output" -> outputs.add(label.isBlank() ? "output " + (outputs.size() + 1) : label);
                    default -> { }
                }
            }
        }
        int position = 0;
        for (Node child = table.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element other && other.getLocalName().equals("rule")) {
                position++;
                if (other == rule) {
                    break;
                }
            }
        }
        Map<String, String> cells = new LinkedHashMap<>();
        int in = 0;
        int out = 0;
        for (Node child = rule.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element cell) {
                String text = cell.getTextContent().strip();
                switch (cell.getLocalName()) {
                    case "inputEntry" -> cells.put(in < inputs.size() ? inputs.get(in++) : "input " + ++in, text);
                    case "outputEntry" -> cells.put(out < outputs.size() ? outputs.get(out++) : "output " + ++out, text);
                    case "description" -> cells.put("description", text);
                    default -> { }
                }
            }
        }
        return new Unit(rule.getAttribute("id"), "rule", "rule " + position, cells);
    }

    private static boolean isUnit(Element element) {
        return element.hasAttribute("id") && !PART_OF_PARENT.contains(element.getLocalName());
    }

    private static void flatten(Element element, String path, Map<String, String> into) {
        var attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
            if (IGNORED_ATTRIBUTES.contains(name) || "http://www.w3.org/2000/xmlns/".equals(attribute.getNamespaceURI())) {
                continue;
            }
            into.put((path + " " + words(name)).strip(), attribute.getValue());
        }
        Map<String, Integer> seen = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element nested) {
                if (isUnit(nested) || LAYOUT_NAMESPACES.contains(nested.getNamespaceURI())) {
                    continue;
                }
                String local = nested.getLocalName();
                if (local.equals("extensionElements")) {
                    flatten(nested, path, into);
                    continue;
                }
                int index = seen.merge(local, 1, Integer::sum);
                String label = words(local) + (index > 1 ? " " + index : "");
                flatten(nested, (path + " " + label).strip(), into);
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            }
        }
        if (!text.toString().isBlank()) {
            into.put(path.isEmpty() ? "text" : path, text.toString().strip());
        }
    }
}

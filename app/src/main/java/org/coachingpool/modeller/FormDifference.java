package org.coachingpool.modeller;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What changed between two versions of a form: fields added and removed (by key) and, for the
 * rest, each property from its old value to its new. Layout properties are left out.
 */
final class FormDifference {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> IGNORED = Set.of("id", "layout");

    private FormDifference() {
    }

    static List<String> between(String before, String after) {
        Map<String, JsonNode> a = fields(before);
        Map<String, JsonNode> b = fields(after);
        List<String> lines = new ArrayList<>();
        b.forEach((key, field) -> {
            if (!a.containsKey(key)) {
                lines.add("Added " + describe(key, field));
            }
        });
        a.forEach((key, field) -> {
            if (!b.containsKey(key)) {
                lines.add("Removed " + describe(key, field));
            }
        });
        a.forEach((key, old) -> {
            JsonNode now = b.get(key);
            if (now == null) {
                return;
            }
            Map<String, String> was = flatten(old);
            Map<String, String> is = flatten(now);
            Set<String> names = new TreeSet<>(was.keySet());
            names.addAll(is.keySet());
            for (String name : names) {
                if (!Objects.equals(was.get(name), is.get(name))) {
                    lines.add("Changed " + describe(key, now) + ": " + name + " " + shown(was.get(name)) + " → "
                            + shown(is.get(name)));
                }
            }
        });
        return lines;
    }

    private static String describe(String key, JsonNode field) {
        String label = field.path("label").asText(field.path("text").asText(""));
        String type = field.path("type").asText("field");
        return type + " field" + (label.isBlank() ? " " + key : " '" + label.strip() + "' (" + key + ")");
    }

    private static String shown(String value) {
        return value == null ? "(none)" : value.length() > 120 ? value.substring(0, 117) + "..." : value;
    }

    /** Fields by key; text blocks and other fields without a key by their position. */
    private static Map<String, JsonNode> fields(String schema) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        try {
            int position = 0;
            for (JsonNode component : JSON.readTree(schema).path("components")) {
                position++;
                String key = component.path("key").asText("");
                fields.put(key.isBlank() ? "item " + position : key, component);
            }
        } catch (JsonProcessingException unreadable) {
            fields.put("(unreadable)", JSON.createObjectNode());
        }
        return fields;
    }

    private static Map<String, String> flatten(JsonNode node) {
        Map<String, String> flat = new LinkedHashMap<>();
        flatten("", node, flat);
        return flat;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> into) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                var entry = it.next();
                if (path.isEmpty() && IGNORED.contains(entry.getKey())) {
                    continue;
                }
                flatten((path + " " + ModelDifference.words(entry.getKey())).strip(), entry.getValue(), into);
            }
        } else if (node.isArray()) {
            into.put(path, node.toString());
        } else {
            into.put(path, node.asText());
        }
    }
}

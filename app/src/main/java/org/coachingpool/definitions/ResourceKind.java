package org.coachingpool.definitions;

import java.util.Locale;
import org.coachingpool.platform.InvalidInputException;

/** What an admin edits: a BPMN process or a DMN decision table (its decision requirements). */
public enum ResourceKind {
    PROCESS("process", ".bpmn"),
    DECISION("decision table", ".dmn"),
    FORM("form", ".form");

    private final String label;
    private final String extension;

    ResourceKind(String label, String extension) {
        this.label = label;
        this.extension = extension;
    }

    public String label() {
        return label;
    }

    public String extension() {
        return extension;
    }

    public static ResourceKind ofFileName(String fileName) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".bpmn") || lower.endsWith(".bpmn20.xml")) {
            return PROCESS;
        }
        if (lower.endsWith(".dmn")) {
            return DECISION;
        }
        if (lower.endsWith(".form")) {
            return FORM;
        }
        throw new InvalidInputException("file",
                "The file must be a .bpmn, .dmn or .form file made in a modeller");
    }
}

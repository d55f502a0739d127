package org.coachingpool.casefile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.coachingpool.cases.CaseId;
import org.coachingpool.cases.CaseSummary;
import org.coachingpool.cases.Cases;
import org.coachingpool.cases.RelationshipProcess;
import org.coachingpool.definitions.ProcessDefinitions;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.worklist.WorkItem;
import org.coachingpool.worklist.WorkItemState;
import org.coachingpool.worklist.Worklist;
import org.springframework.stereotype.Service;

/**
 * The relationship diagram a case runs, with the steps it is at now. A step inside a called
 * process (matching, contracting, sessions) is shown as the call activity that started it, so
 * every role sees one familiar picture. Nothing here carries what people wrote.
 */
@Service
public class CaseDiagrams {

    private final Cases cases;
    private final Worklist worklist;
    private final ProcessDefinitions definitions;

    CaseDiagrams(Cases cases, Worklist worklist, ProcessDefinitions definitions) {
        this.cases = cases;
        this.worklist = worklist;
        this.definitions = definitions;
    }

    /** Empty when the viewer may not see the case or no diagram is stored for it. */
    public Optional<CaseDiagram> forCase(CaseId id, CurrentUser viewer) {
        Optional<CaseSummary> summary = cases.find(id, viewer);
        if (summary.isEmpty()) {
            return Optional.empty();
        }
        var position = cases.position(id).orElseThrow();
        Long diagramKey = position.relationshipDefinitionKey() != null ? position.relationshipDefinitionKey()
                : definitions.latestKey(RelationshipProcess.PROCESS_ID).orElse(null);
        if (diagramKey == null) {
            return Optional.empty();
        }
        Optional<String> xml = definitions.xml(diagramKey);
        if (xml.isEmpty()) {
            return Optional.empty();
        }
        Set<String> current = new LinkedHashSet<>();
        if (!summary.get().stage().isFinal()) {
            for (WorkItem item : worklist.ofCase(id)) {
                if (item.state() == WorkItemState.OPEN || item.state() == WorkItemState.COMPLETING) {
                    current.addAll(shownAs(diagramKey, item.processDefinitionKey(), item.elementId()));
                }
            }
        }
        if (current.isEmpty() && position.lastDefinitionKey() != null) {
            current.addAll(shownAs(diagramKey, position.lastDefinitionKey(), position.lastElementId()));
        }
        List<String> names = new ArrayList<>();
        for (String element : current) {
            names.add(definitions.elementName(diagramKey, element).orElse(element));
        }
        return Optional.of(new CaseDiagram(xml.get(), List.copyOf(current), names));
    }

    /** The element of the relationship diagram that stands for a step of any process it calls. */
    private List<String> shownAs(long diagramKey, long definitionKey, String elementId) {
        if (definitionKey == diagramKey) {
            return List.of(elementId);
        }
        return definitions.bpmnProcessId(definitionKey)
                .map(calledProcess -> definitions.callersOf(diagramKey, calledProcess))
                .orElse(List.of());
    }

    /**
     * @param bpmnXml the relationship definition the case runs
     * @param currentElements ids of the elements the case is at now
     * @param currentNames their names, for the text alternative to the picture
     */
    public record CaseDiagram(String bpmnXml, List<String> currentElements, List<String> currentNames) {
    }
}

package org.coachingpool.casefile.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.List;

/** The bpmn-js viewer (read-only, pan and zoom) with the given elements marked as current. */
@Tag("process-diagram")
@NpmPackage(value = "bpmn-js", version = "18.31.1")
@JsModule("./process-diagram.js")
class ProcessDiagram extends Component {

    ProcessDiagram(String bpmnXml, List<String> currentElements, String description) {
        getElement().setProperty("xml", bpmnXml);
        getElement().setProperty("current", String.join(" ", currentElements));
        getElement().setProperty("label", description);
    }

    void showAll() {
        getElement().callJsFunction("showAll");
    }

    void showCurrent() {
        getElement().callJsFunction("showCurrent");
    }
}

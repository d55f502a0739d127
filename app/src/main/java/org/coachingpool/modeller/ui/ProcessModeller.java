package org.coachingpool.modeller.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The browser modeller: bpmn-js with the Camunda 8 properties panel and Camunda's lint rules.
 * Every change arrives here as the whole XML with the browser's findings, a moment after the
 * admin stops editing; the view stores it as the draft.
 */
@Tag("process-modeller")
@NpmPackage(value = "bpmn-js", version = "18.31.1")
@NpmPackage(value = "bpmn-js-properties-panel", version = "6.0.1")
@NpmPackage(value = "@bpmn-io/properties-panel", version = "3.55.0")
@NpmPackage(value = "zeebe-bpmn-moddle", version = "2.0.0")
@NpmPackage(value = "camunda-bpmn-js-behaviors", version = "1.18.0")
@NpmPackage(value = "@camunda/linting", version = "3.57.0")
@JsModule("./process-modeller.js")
class ProcessModeller extends Component {

    ProcessModeller(String xml) {
        getElement().setProperty("xml", xml);
    }

    void show(String xml) {
        getElement().setProperty("xml", xml);
    }

    /** Called with the XML and the browser's findings (JSON) after each change. */
    Registration onChange(BiConsumer<String, String> listener) {
        return getElement().addEventListener("model-changed",
                        event -> listener.accept(event.getEventData().get("event.detail.xml").asString(),
                                event.getEventData().get("event.detail.findings").asString()))
                .addEventData("event.detail.xml").addEventData("event.detail.findings");
    }

    /** Called with the browser's findings (JSON) when a model is first drawn. */
    Registration onLinted(Consumer<String> listener) {
        return getElement().addEventListener("model-linted",
                        event -> listener.accept(event.getEventData().get("event.detail.findings").asString()))
                .addEventData("event.detail.findings");
    }

    void select(String elementId) {
        getElement().callJsFunction("select", elementId);
    }
}

package org.coachingpool.modeller.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;

/** The dmn-js editor, opened on the first decision table; each change arrives as the whole XML. */
@Tag("decision-modeller")
@NpmPackage(value = "dmn-js", version = "17.10.2")
@JsModule("./decision-modeller.js")
class DecisionModeller extends Component {

    DecisionModeller(String xml) {
        getElement().setProperty("xml", xml);
    }

    Registration onChange(Consumer<String> listener) {
        return getElement().addEventListener("model-changed",
                        event -> listener.accept(event.getEventData().get("event.detail.xml").asString()))
                .addEventData("event.detail.xml");
    }
}

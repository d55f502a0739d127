package org.coachingpool.modeller.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.coachingpool.forms.FormSchemas;

/** The form-js editor for Camunda Forms; each change arrives as the whole schema (JSON). */
@Tag("form-modeller")
@NpmPackage(value = "@bpmn-io/form-js-editor", version = "1.23.0")
@NpmPackage(value = "@bpmn-io/form-js-viewer", version = "1.23.0")
@JsModule("./form-editor.js")
class FormModeller extends Component {

    FormModeller(String schema) {
        // The palette offers only what the app can show; a schema from elsewhere still opens whole,
        // and the checks name what the app cannot show.
        getElement().setAttribute("shown-types", String.join(" ",
                Stream.concat(FormSchemas.FIELD_TYPES.stream(), FormSchemas.LAYOUT_TYPES.stream())
                        .sorted().toList()));
        getElement().setProperty("schema", schema);
    }

    Registration onChange(Consumer<String> listener) {
        return getElement().addEventListener("model-changed",
                        event -> listener.accept(event.getEventData().get("event.detail.xml").asString()))
                .addEventData("event.detail.xml");
    }
}

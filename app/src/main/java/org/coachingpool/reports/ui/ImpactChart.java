package org.coachingpool.reports.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.coachingpool.reports.ReportTable;

/** A picture of a report table drawn in the browser (Chart.js, MIT licence); the table stays beside it. */
@Tag("impact-chart")
@NpmPackage(value = "chart.js", version = "4.6.1")
@JsModule("./impact-chart.js")
class ImpactChart extends Component {

    ImpactChart(ReportTable table) {
        getElement().setProperty("spec", spec(table));
        getElement().setProperty("label", "Chart: " + table.title() + ". " + table.summary()
                + " The figures are in the table below.");
    }

    /** The chart's data as JSON: row labels along one axis, one series per charted column. */
    static String spec(ReportTable table) {
        var series = new ArrayList<Map<String, Object>>();
        for (int column : table.chart().series()) {
            var data = new ArrayList<Double>();
            table.rows().forEach(row -> data.add(row.cells().get(column - 1).value()));
            var one = new LinkedHashMap<String, Object>();
            one.put("label", table.columns().get(column));
            one.put("data", data);
            series.add(one);
        }
        var spec = new LinkedHashMap<String, Object>();
        spec.put("kind", table.chart().kind().name());
        spec.put("labels", table.rows().stream().map(ReportTable.Row::label).toList());
        spec.put("series", series);
        return json(spec);
    }

    private static String json(Object value) {
        try {
            return new ObjectMapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

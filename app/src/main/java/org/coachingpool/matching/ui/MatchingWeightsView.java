package org.coachingpool.matching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.Map;
import org.coachingpool.matching.Criterion;
import org.coachingpool.matching.MatchingWeights;
import org.coachingpool.matching.WeightChange;
import org.coachingpool.platform.ErrorSummary;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.platform.MainLayout;
import org.coachingpool.platform.MenuItem;
import org.coachingpool.platform.UkDates;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.CurrentUsers;
import org.coachingpool.security.Role;
import org.coachingpool.platform.NumberFields;

/** The pool team sets how much each part of a match counts, and sees every earlier change. */
@MenuItem(title = "How matching ranks", order = 43, forRoles = Role.POOL_ADMIN)
@Route(value = "matching-weights", layout = MainLayout.class)
@PageTitle("How matching ranks people | Coaching Pool")
@RolesAllowed(Role.POOL_ADMIN_ROLE)
public class MatchingWeightsView extends VerticalLayout {

    final Map<Criterion, IntegerField> fields = new EnumMap<>(Criterion.class);
    final Button save = new Button("Save weights");
    final Grid<WeightChange> history = new Grid<>();
    final ErrorSummary errors = new ErrorSummary();
    private final MatchingWeights weights;
    private final CurrentUser admin;

    public MatchingWeightsView(MatchingWeights weights, CurrentUsers users) {
        this.weights = weights;
        this.admin = users.require();
        setMaxWidth("60rem");
        add(new H1("How matching ranks people"), new Paragraph("Each candidate gets points for each part below, up to "
                + "its weight, and is listed by their total. A weight of 0 leaves that part out. Changes apply to "
                + "the next ranking; lists already made keep their scores. Nobody is listed who must not be "
                + "offered a case (the thinker's line-management chain and team, the sponsor, anyone who declined "
                + "or did not go ahead, paused or departed members, no places free, the wrong kind): no weight changes that."),
                errors);
        for (Criterion criterion : Criterion.values()) {
            var field = NumberFields.wholeNumber(criterion.label());
            field.setHelperText(criterion.meaning() + ". From 0 to " + MatchingWeights.MAX_WEIGHT + ".");
            field.setMin(0);
            field.setMax(MatchingWeights.MAX_WEIGHT);
            field.setStepButtonsVisible(true);
            field.setWidth("16rem");
            fields.put(criterion, field);
            errors.bind(criterion.name(), field);
            add(field);
        }
        errors.bind("weights", fields.get(Criterion.OTHER_ORGANISATION));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> save());
        history.addColumn(c -> UkDates.dateTime(c.changedAt())).setHeader("When").setAutoWidth(true);
        history.addColumn(WeightChange::changedByName).setHeader("Who").setAutoWidth(true);
        history.addColumn(c -> c.criterion().label() + ": " + c.oldWeight() + " to " + c.newWeight())
                .setHeader("Change").setFlexGrow(2);
        history.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        history.getElement().setAttribute("aria-label", "Changes to the weights");
        history.setAllRowsVisible(true);
        add(save, new H2("Changes so far"), history);
        show();
    }

    private void show() {
        weights.current().forEach((criterion, weight) -> fields.get(criterion).setValue(weight));
        var changes = weights.history(admin);
        history.setItems(changes);
        history.setVisible(!changes.isEmpty());
    }

    private void save() {
        errors.clear();
        try {
            var values = new EnumMap<Criterion, Integer>(Criterion.class);
            fields.forEach((criterion, field) -> values.put(criterion, field.getValue()));
            int changed = weights.change(values, admin);
            Notification.show(changed == 0 ? "Nothing changed." : "Saved: the next ranking uses the new weights.",
                    5000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            show();
        } catch (InvalidInputException problem) {
            errors.show(problem);
        }
        save.setEnabled(true);
    }
}

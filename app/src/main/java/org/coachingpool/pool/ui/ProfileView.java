package org.coachingpool.pool.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;
import org.coachingpool.cases.CaseNavigation;
import org.coachingpool.platform.CharacterCount;
import org.coachingpool.platform.ErrorSummary;
import org.coachingpool.platform.InvalidInputException;
import org.coachingpool.platform.MainLayout;
import org.coachingpool.platform.MenuItem;
import org.coachingpool.platform.UkDates;
import org.coachingpool.pool.Accreditation;
import org.coachingpool.pool.MemberKind;
import org.coachingpool.pool.MemberStatus;
import org.coachingpool.pool.Modality;
import org.coachingpool.pool.Pool;
import org.coachingpool.pool.PoolMember;
import org.coachingpool.pool.ProfileChange;
import org.coachingpool.request.DevelopmentArea;
import org.coachingpool.security.CurrentUser;
import org.coachingpool.security.CurrentUsers;
import org.coachingpool.security.Role;
import org.coachingpool.security.UserId;
import org.coachingpool.platform.NumberFields;

/**
 * A coach's or mentor's profile and pledge. Members open their own ("Your profile"); the pool
 * team opens anyone's from the pool and alone changes what they offer, accreditations and pledge.
 */
@MenuItem(title = "Your profile", order = 30, forRoles = Role.COACH)
@Route(value = "profile/:member?", layout = MainLayout.class)
@PageTitle("Profile | Coaching Pool")
// Open to anyone signed in: someone who has just become a member holds the coach role from their
// next sign-in only, and the pool service lets nobody but the member and the pool team see it.
@PermitAll
public class ProfileView extends VerticalLayout implements BeforeEnterObserver {

    final RadioButtonGroup<MemberKind> kind = new RadioButtonGroup<>("Offers");
    final CheckboxGroup<Accreditation> accreditations = new CheckboxGroup<>("Accreditations (optional)");
    final CheckboxGroup<DevelopmentArea> specialisms = new CheckboxGroup<>("Specialisms: areas they help with most (optional)");
    final RadioButtonGroup<Modality> modality = new RadioButtonGroup<>("How they meet people");
    final TextField location = new TextField("Where they can meet in person (optional)");
    final TextArea biography = new TextArea("About them, for people choosing a coach or mentor (optional)");
    final DatePicker supervisionDue = UkDates.picker("Next supervision due (optional)");
    final DatePicker cpdDue = UkDates.picker("CPD record due (optional)");
    final RadioButtonGroup<MemberStatus> status = new RadioButtonGroup<>("Status");
    final DatePicker pausedUntil = UkDates.picker("Paused until");
    final IntegerField maxActive = NumberFields.wholeNumber("Most relationships at once");
    final IntegerField pledgedHours = NumberFields.wholeNumber("Hours pledged a year");
    final IntegerField termYears = NumberFields.wholeNumber("Length of the pledge, in years");
    final Button save = new Button("Save profile");
    final ErrorSummary errors = new ErrorSummary();
    final Div pledgeSummary = new Div();
    private final Pool pool;
    private final CurrentUser user;
    private final Clock clock;
    private UserId memberId;
    private PoolMember member;

    public ProfileView(Pool pool, CurrentUsers users, Clock clock) {
        this.pool = pool;
        this.user = users.require();
        this.clock = clock;
        setMaxWidth("56rem");
        kind.setItems(MemberKind.values());
        kind.setItemLabelGenerator(MemberKind::label);
        accreditations.setItems(Accreditation.values());
        accreditations.setItemLabelGenerator(Accreditation::label);
        accreditations.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        specialisms.setItems(DevelopmentArea.values());
        specialisms.setItemLabelGenerator(DevelopmentArea::label);
        specialisms.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        modality.setItems(Modality.values());
        modality.setItemLabelGenerator(Modality::label);
        modality.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        location.setHelperText("A town, site or building, for example Coventry or County Hall");
        location.setMaxLength(Pool.LOCATION_MAX);
        location.setWidth("24rem");
        CharacterCount.attach(biography, Pool.BIOGRAPHY_MAX, "A few lines: your background and how you work.");
        biography.setWidthFull();
        status.setItems(MemberStatus.ACTIVE, MemberStatus.PAUSED, MemberStatus.LEFT);
        status.setItemLabelGenerator(MemberStatus::label);
        status.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        status.addValueChangeListener(e -> pausedUntil.setVisible(e.getValue() == MemberStatus.PAUSED));
        pausedUntil.setHelperText("They are offered work again from this day, for example "
                + UkDates.date(LocalDate.now(clock).plusMonths(3)));
        maxActive.setHelperText("From 0 to " + Pool.MAX_RELATIONSHIPS + ". Nobody is offered more than this.");
        maxActive.setStepButtonsVisible(true);
        pledgedHours.setHelperText("Usually 12");
        termYears.setHelperText("Usually 2");
        errors.bind("kind", kind).bind("accreditations", accreditations).bind("specialisms", specialisms)
                .bind("modality", modality).bind("location", location).bind("biography", biography)
                .bind("supervisionDue", supervisionDue).bind("cpdDue", cpdDue).bind("status", status)
                .bind("pausedUntil", pausedUntil).bind("maxActiveRelationships", maxActive)
                .bind("pledgedHoursPerYear", pledgedHours).bind("pledgeTermYears", termYears).bind("profile", save);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> save());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameter = event.getRouteParameters().get("member");
        UserId id;
        try {
            id = parameter.map(UUID::fromString).map(UserId::new).orElse(user.id());
        } catch (IllegalArgumentException notAnId) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        var found = pool.member(id, user);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        memberId = id;
        build(found.get());
    }

    private void build(PoolMember loaded) {
        this.member = loaded;
        removeAll();
        boolean own = memberId.equals(user.id());
        boolean admin = user.has(Role.POOL_ADMIN);
        add(new H1(own ? "Your profile" : member.person().displayName() + "'s profile"));
        add(pledgeSummary);
        showPledge();
        add(new H2("Profile"), new Paragraph(own
                ? "People choosing from a shortlist read what you write about yourself. Matching uses your "
                        + "specialisms, how and where you meet and your places."
                : "Matching uses the specialisms, how and where they meet and their places."), errors);
        var p = member.profile();
        kind.setValue(p.kind());
        accreditations.setValue(p.accreditations());
        specialisms.setValue(p.specialisms().isEmpty() ? EnumSet.noneOf(DevelopmentArea.class) : EnumSet.copyOf(p.specialisms()));
        modality.setValue(p.modality());
        location.setValue(p.location() == null ? "" : p.location());
        biography.setValue(p.biography() == null ? "" : p.biography());
        supervisionDue.setValue(p.supervisionDue());
        cpdDue.setValue(p.cpdDue());
        boolean joining = p.status() == MemberStatus.JOINING;
        status.setValue(joining ? null : p.statusOn(LocalDate.now(clock)));
        status.setVisible(!joining);
        pausedUntil.setValue(p.statusOn(LocalDate.now(clock)) == MemberStatus.PAUSED ? p.pausedUntil() : null);
        pausedUntil.setVisible(status.getValue() == MemberStatus.PAUSED);
        maxActive.setValue(p.maxActiveRelationships());
        pledgedHours.setValue(p.pledgedHoursPerYear());
        termYears.setValue(p.pledgeTermYears());
        // What only the pool team sets is shown to the member, not offered for change.
        kind.setReadOnly(!admin);
        accreditations.setReadOnly(!admin);
        pledgedHours.setReadOnly(!admin);
        termYears.setReadOnly(!admin);
        add(kind, accreditations, specialisms, modality, location, biography, supervisionDue, cpdDue, status,
                pausedUntil, maxActive, pledgedHours, termYears, save);
        var history = pool.history(memberId, user);
        add(new H2("Relationships"));
        if (history.isEmpty()) {
            add(new Paragraph(own ? "You have not been matched yet." : "Not matched yet."));
        } else {
            var list = new UnorderedList();
            for (var c : history) {
                var link = new Anchor(CaseNavigation.path(c.id()), "Case " + c.reference());
                list.add(new ListItem(link, new Span(
                        ": " + c.thinkerName() + ", asked on " + UkDates.date(c.requestedAt()) + ", "
                                + c.stage().label().toLowerCase(Locale.UK))));
            }
            add(list);
        }
    }

    private void showPledge() {
        pledgeSummary.removeAll();
        var pledge = member.pledge();
        var list = new DescriptionList();
        list.addClassName("summary-list");
        row(list, "Pledge", pledge.hoursPerYear() + " hours a year, " + pledge.hoursForTerm() + " hours from "
                + UkDates.date(pledge.termStart()) + " to " + UkDates.date(pledge.termEnd()));
        row(list, "Hours given this term", PoolView.hours(pledge.hoursDelivered()) + " (of which "
                + PoolView.hours(pledge.hoursInRunning()) + " in relationships still running)");
        row(list, "Hours left to give", PoolView.hours(pledge.hoursLeft()));
        row(list, "Relationships now", member.running() + " of " + member.profile().maxActiveRelationships()
                + " (" + member.placesLeft() + (member.placesLeft() == 1 ? " place" : " places") + " free)");
        LocalDate today = LocalDate.now(clock);
        PoolView.dueText("Supervision", member.profile().supervisionDue(), today).ifPresent(t -> row(list, "Due", t));
        PoolView.dueText("CPD", member.profile().cpdDue(), today).ifPresent(t -> row(list, "Due", t));
        pledgeSummary.add(new H2("Pledge and places"), list);
        if (pledge.endsSoon()) {
            var warning = new Paragraph("This pledge term ends on " + UkDates.date(pledge.termEnd())
                    + ". Agree a new pledge with the pool team before then.");
            warning.addClassName("warning-text");
            warning.getElement().setAttribute("role", "status");
            pledgeSummary.add(warning);
        }
    }

    private static void row(DescriptionList list, String term, String value) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(value));
    }

    private void save() {
        errors.clear();
        try {
            pool.updateProfile(memberId, new ProfileChange(kind.getValue(), accreditations.getValue(),
                    specialisms.getValue(), modality.getValue(), location.getValue(), biography.getValue(),
                    supervisionDue.getValue(), cpdDue.getValue(), status.getValue(), pausedUntil.getValue(),
                    maxActive.getValue(), pledgedHours.getValue(), termYears.getValue(),
                    member.profile().updatedAt()), user);
            Notification.show("Profile saved.", 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            pool.member(memberId, user).ifPresent(this::build);
        } catch (InvalidInputException problem) {
            errors.show(problem);
        }
        save.setEnabled(true);
    }
}

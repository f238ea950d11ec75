package vn.chiso766.app.intake.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import vn.chiso766.app.i18n.PeriodLabel;
import vn.chiso766.app.i18n.TranslatableException;
import vn.chiso766.app.intake.ReportEntryService;
import vn.chiso766.app.intake.ReportForm;
import vn.chiso766.app.intake.SavedReport;
import vn.chiso766.app.ui.Refusals;
import vn.chiso766.domain.criteria.CriteriaCatalogue;
import vn.chiso766.domain.period.InvalidPeriodException;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.report.ReportStatus;
import vn.chiso766.domain.unit.Unit;

/**
 * The entry form of a unit's monthly report: {@code reports/edit?unit=TNI.TPTN.NINHSON&period=2024-02}. The ward
 * (or the office) saves it as a draft and submits it; the office approves it or returns it with a comment. A save
 * refused because someone else saved first leaves everything typed on the screen.
 */
@Route("reports/edit")
@RolesAllowed({"OFFICER", "WARD_CHAIR"})
public class ReportEntryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ReportEntryService service;
    private final H2 heading = new H2();
    private final Paragraph error = new Paragraph();
    private final Paragraph status = new Paragraph();
    private final Paragraph returned = new Paragraph();
    private final Paragraph message = new Paragraph();
    private final TextField periodField = new TextField();
    private final UnorderedList flagList = new UnorderedList();
    private final Div flags = new Div();
    private final Div content = new Div();
    private final Button saveDraft = new Button();
    private final Button submit = new Button();
    private final ReviewPanel review = new ReviewPanel();
    private @Nullable ReportForm form;
    private Binder<ReportForm> binder = new Binder<>();
    private @Nullable MeasuresEditor measures;
    private TextListEditor causes = causesEditor();
    private TextListEditor recipients = recipientsEditor();
    private String pageTitle = "";

    public ReportEntryView(ReportEntryService service) {
        this.service = service;
        setWidthFull();
        heading.setId("entry-heading");
        error.setId("entry-error");
        error.addClassName("page-error");
        status.setId("entry-status");
        returned.setId("entry-return-comment");
        returned.addClassName("entry-returned");
        message.setId("entry-message");
        flags.setId("entry-flags");
        flags.addClassName("flags");
        flags.add(new H3(getTranslation("ward.flags")), flagList);
        configureButtons();
        content.setWidthFull();
        add(heading, error, status, returned, content);
    }

    private void configureButtons() {
        saveDraft.setText(getTranslation("entry.saveDraft"));
        saveDraft.setId("entry-save");
        saveDraft.addClickListener(e -> save(false));
        submit.setText(getTranslation("entry.submit"));
        submit.setId("entry-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> save(true));
        review.addApproveListener(e -> approve());
        review.addReturnListener(e -> sendBack(e.comment()));
        periodField.setId("entry-period");
        periodField.setLabel(getTranslation("entry.period"));
        periodField.setHelperText(getTranslation("entry.periodHelper"));
        periodField.addValueChangeListener(e -> {
            ReportForm current = form;
            if (e.isFromClient() && current != null) {
                openPeriod(current.getUnitCode(), e.getValue());
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        error.setVisible(false);
        content.setVisible(false);
        status.setVisible(false);
        returned.setVisible(false);
        heading.setText(getTranslation("entry.pageTitle"));
        Map<String, List<String>> params =
                event.getLocation().getQueryParameters().getParameters();
        Optional<String> unit = first(params, "unit");
        Optional<String> period = first(params, "period");
        if (unit.isEmpty() || period.isEmpty()) {
            showChooser(unit.orElse(null), period.orElse(null));
            return;
        }
        try {
            if (!(Period.parse(period.get()) instanceof Period.Month month)) {
                throw new InvalidPeriodException(period.get());
            }
            show(service.load(unit.get(), month));
        } catch (AccessDeniedException e) {
            showError(getTranslation("access.denied"));
        } catch (InvalidPeriodException e) {
            showError(getTranslation("ranking.invalidPeriod", e.text()));
        } catch (TranslatableException e) {
            showError(Refusals.message(this, e));
        }
    }

    /** Without a unit and month in the address: pick them (a ward chair's own ward is already chosen). */
    private void showChooser(@Nullable String unitCode, @Nullable String period) {
        form = null;
        List<Unit> units = service.editableUnits();
        ComboBox<Unit> unit = new ComboBox<>(getTranslation("entry.unit"));
        unit.setId("entry-unit");
        unit.setItems(units);
        unit.setItemLabelGenerator(Unit::name);
        units.stream()
                .filter(u -> u.code().equals(unitCode) || units.size() == 1)
                .findFirst()
                .ifPresent(unit::setValue);
        periodField.setValue(period == null ? service.reportingMonth().code() : period);
        Button open = new Button(getTranslation("entry.open"), e -> {
            if (unit.getValue() == null) {
                unit.setInvalid(true);
                unit.setErrorMessage(getTranslation("entry.required"));
                return;
            }
            openPeriod(unit.getValue().code(), periodField.getValue());
        });
        open.setId("entry-open");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout chooser = new HorizontalLayout(unit, periodField, open);
        chooser.setAlignItems(Alignment.BASELINE);
        content.removeAll();
        content.add(new Paragraph(getTranslation("entry.choose")), chooser);
        content.setVisible(true);
    }

    private void show(ReportForm loaded) {
        form = loaded;
        CriteriaCatalogue catalogue = service.catalogue(loaded.getPeriod());
        pageTitle = loaded.getUnitName() + " — " + PeriodLabel.of(loaded.getPeriod(), this::getTranslation);
        heading.setText(getTranslation("entry.heading", pageTitle));
        periodField.setValue(loaded.getPeriod().code());
        binder = new Binder<>();
        ScoresSection scoresSection = new ScoresSection(catalogue, service::band);
        scoresSection.bind(binder);
        FiguresSection figures = new FiguresSection();
        figures.bind(binder);
        DocumentFields document = new DocumentFields();
        document.bind(binder);
        MeasuresEditor measuresEditor = new MeasuresEditor(catalogue);
        causes = causesEditor();
        recipients = recipientsEditor();
        binder.readBean(loaded);
        causes.setValues(loaded.getCauses());
        recipients.setValues(loaded.getRecipients());
        measuresEditor.setValues(loaded.getMeasures());
        measures = measuresEditor;
        scoresSection.showTotal();
        message.setText("");
        content.removeAll();
        content.add(
                periodField,
                scoresSection,
                flags,
                figures,
                causes,
                measuresEditor,
                document,
                recipients,
                message,
                new HorizontalLayout(saveDraft, submit),
                review);
        content.setVisible(true);
        showState();
    }

    /** Status, comment, what may be done now: a draft is edited, a submitted report is reviewed by the office. */
    private void showState() {
        ReportForm current = form;
        if (current == null) {
            return;
        }
        ReportStatus state = current.getStatus();
        status.setText(getTranslation(
                "entry.status", getTranslation(state == null ? "entry.status.NEW" : "entry.status." + state.name())));
        status.setVisible(true);
        String comment = current.getReturnComment();
        returned.setText(comment == null ? "" : getTranslation("entry.returnedWith", comment));
        returned.setVisible(comment != null);
        boolean editable = state == null || state == ReportStatus.DRAFT;
        binder.setReadOnly(!editable);
        causes.setReadOnly(!editable);
        recipients.setReadOnly(!editable);
        if (measures != null) {
            measures.setReadOnly(!editable);
        }
        saveDraft.setVisible(editable);
        submit.setVisible(editable);
        boolean reviewable = state == ReportStatus.SUBMITTED || state == ReportStatus.APPROVED;
        review.setVisible(reviewable && service.canApprove(current.getUnitCode()));
        review.show(state == ReportStatus.SUBMITTED);
        showFlags();
    }

    private void showFlags() {
        flagList.removeAll();
        if (form != null && binder.isValid()) {
            ReportForm preview = form;
            service.flags(preview).forEach(f -> flagList.add(new ListItem(f.message(getLocale()))));
        }
        flags.setVisible(flagList.getChildren().findAny().isPresent());
    }

    private void save(boolean submitting) {
        ReportForm current = form;
        if (current == null) {
            return;
        }
        if (!writeAll(current)) {
            showMessage(getTranslation("entry.fixFields"), true);
            return;
        }
        try {
            SavedReport saved = submitting
                    ? service.submit(current.getUnitCode(), current)
                    : service.saveDraft(current.getUnitCode(), current);
            current.applySaved(saved);
            showMessage(getTranslation(submitting ? "entry.submitted" : "entry.saved"), false);
            showState();
        } catch (TranslatableException e) {
            // A conflict or a refusal: nothing was written, and the fields keep what was typed.
            showMessage(Refusals.message(this, e), true);
        } catch (AccessDeniedException e) {
            showMessage(getTranslation("access.denied"), true);
        }
    }

    /** Everything on screen into the form, if every field is valid; the messages stand beside the fields. */
    private boolean writeAll(ReportForm target) {
        boolean valid = binder.validate().isOk();
        MeasuresEditor editor = measures;
        valid &= editor != null && editor.writeIfValid();
        valid &= causes.validate();
        valid &= recipients.validate();
        if (!valid) {
            return false;
        }
        binder.writeBeanIfValid(target);
        target.setCauses(causes.values());
        target.setRecipients(recipients.values());
        target.setMeasures(editor.values());
        return true;
    }

    private void approve() {
        ReportForm current = form;
        Long version = current == null ? null : current.getReportVersion();
        if (current == null || version == null) {
            return;
        }
        try {
            current.applySaved(service.approve(current.getUnitCode(), current.getPeriod(), version));
            showMessage(getTranslation("entry.approved"), false);
            showState();
        } catch (TranslatableException e) {
            showMessage(Refusals.message(this, e), true);
        } catch (AccessDeniedException e) {
            showMessage(getTranslation("access.denied"), true);
        }
    }

    private void sendBack(String comment) {
        ReportForm current = form;
        Long version = current == null ? null : current.getReportVersion();
        if (current == null || version == null) {
            return;
        }
        try {
            current.applySaved(service.returnToWard(current.getUnitCode(), current.getPeriod(), version, comment));
            showMessage(getTranslation("entry.returned"), false);
            showState();
        } catch (TranslatableException e) {
            review.commentError(Refusals.message(this, e));
            showMessage(Refusals.message(this, e), true);
        } catch (AccessDeniedException e) {
            showMessage(getTranslation("access.denied"), true);
        }
    }

    private void openPeriod(String unitCode, String text) {
        try {
            if (Period.parse(text) instanceof Period.Month month) {
                UI.getCurrent()
                        .navigate(
                                ReportEntryView.class,
                                QueryParameters.simple(Map.of("unit", unitCode, "period", month.code())));
                return;
            }
        } catch (InvalidPeriodException e) {
            // Said beside the field below.
        }
        periodField.setInvalid(true);
        periodField.setErrorMessage(getTranslation("entry.periodFormat"));
    }

    private TextListEditor causesEditor() {
        return new TextListEditor("causes", "entry.causes", "entry.addCause", 4000);
    }

    private TextListEditor recipientsEditor() {
        return new TextListEditor("recipients", "entry.recipients", "entry.addRecipient", 500);
    }

    private void showMessage(String text, boolean isError) {
        message.setText(text);
        message.setClassName("page-error", isError);
        message.setClassName("entry-ok", !isError);
    }

    private void showError(String text) {
        error.setText(text);
        error.setVisible(true);
    }

    private static Optional<String> first(Map<String, List<String>> params, String name) {
        return Optional.ofNullable(params.get(name))
                .flatMap(values -> values.stream().filter(v -> !v.isBlank()).findFirst());
    }

    @Override
    public String getPageTitle() {
        return (pageTitle.isEmpty() ? getTranslation("entry.pageTitle") : pageTitle) + " — "
                + getTranslation("app.title");
    }

    @Nullable
    ReportForm form() {
        return form;
    }
}

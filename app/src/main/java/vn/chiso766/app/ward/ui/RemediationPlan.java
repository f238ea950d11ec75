package vn.chiso766.app.ward.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.chiso766.app.i18n.PeriodLabel;
import vn.chiso766.app.i18n.ScoreFormat;
import vn.chiso766.domain.report.FollowUpPoint;
import vn.chiso766.domain.report.MeasureFollowUp;

/**
 * Remediation measures with the criterion each targets, who is responsible, the due date and status, and what
 * followed: the targeted criterion's points in the next months and their change from the report's month.
 */
class RemediationPlan extends Composite<Grid<MeasureFollowUp>> {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final String id;

    RemediationPlan(String id) {
        this.id = id;
    }

    @Override
    protected Grid<MeasureFollowUp> initContent() {
        Grid<MeasureFollowUp> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        Locale locale = getLocale();
        grid.addColumn(f -> f.measure().text())
                .setHeader(getTranslation("ward.measure"))
                .setFlexGrow(3);
        grid.addColumn(f -> f.measure().targetCriterion() == null
                        ? "–"
                        : f.measure().targetCriterion())
                .setHeader(getTranslation("ward.target"))
                .setKey("target");
        grid.addColumn(f ->
                        f.measure().responsible() == null ? "–" : f.measure().responsible())
                .setHeader(getTranslation("ward.responsible"))
                .setFlexGrow(1);
        grid.addColumn(f -> f.measure().dueDate() == null
                        ? "–"
                        : DATE.format(f.measure().dueDate()))
                .setHeader(getTranslation("ward.due"));
        grid.addColumn(f -> getTranslation("measure." + f.measure().status().name()))
                .setHeader(getTranslation("ward.status"));
        grid.addColumn(f -> followUp(f, locale))
                .setHeader(getTranslation("ward.followUp"))
                .setKey("followUp")
                .setFlexGrow(2);
        return grid;
    }

    void show(List<MeasureFollowUp> followUps) {
        getContent().setItems(followUps);
    }

    private String followUp(MeasureFollowUp followUp, Locale locale) {
        if (followUp.baseline() == null) {
            return "–";
        }
        String months = followUp.after().stream()
                .filter(p -> p.points() != null)
                .map(p -> point(p, locale))
                .collect(Collectors.joining("; "));
        String base = getTranslation("ward.baseline", ScoreFormat.format(followUp.baseline(), locale));
        return months.isEmpty() ? base + "; " + getTranslation("ward.noLaterData") : base + "; " + months;
    }

    private String point(FollowUpPoint point, Locale locale) {
        return PeriodLabel.of(point.month(), this::getTranslation) + ": " + ScoreFormat.format(point.points(), locale)
                + " (" + ScoreFormat.signed(point.change(), locale) + ")";
    }
}

package vn.chiso766.app.ward.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import vn.chiso766.app.chart.ChartPanel;
import vn.chiso766.app.i18n.PeriodLabel;
import vn.chiso766.app.i18n.ScoreFormat;
import vn.chiso766.app.ui.DownloadLinks;
import vn.chiso766.app.ward.WardPage;
import vn.chiso766.app.ward.WardPageService;
import vn.chiso766.domain.period.InvalidPeriodException;
import vn.chiso766.domain.period.Period;

/**
 * A ward's month: its report as the official document, where it stands and why, the trend, the consistency
 * flags, and the remediation plan with its follow-up. URL: {@code wards/{code}?period=2024-02}.
 */
@Route("wards")
@PermitAll
public class WardView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final WardPageService service;
    private final H2 heading = new H2();
    private final Paragraph error = new Paragraph();
    private final Paragraph standing = new Paragraph();
    private final Paragraph demoNotice = new Paragraph();
    private final HorizontalLayout monthLinks = new HorizontalLayout();
    private final Paragraph returned = new Paragraph();
    private final Anchor edit = new Anchor();
    private final UnorderedList flags = new UnorderedList();
    private final Div flagsSection = new Div();
    private final OfficialReport document = new OfficialReport();
    private final DownloadLinks downloads = new DownloadLinks("ward-downloads");
    private final Paragraph noReport = new Paragraph();
    private final CriteriaComparison comparison = new CriteriaComparison();
    private final ChartPanel criteriaChart = new ChartPanel();
    private final TrendTable trend = new TrendTable();
    private final ChartPanel trendChart = new ChartPanel();
    private final RemediationPlan plan = new RemediationPlan("remediation-plan");
    private final RemediationPlan previousPlan = new RemediationPlan("previous-remediation-plan");
    private final Div previousSection = new Div();
    private final Div content = new Div();
    private String pageTitle = "";

    public WardView(WardPageService service) {
        this.service = service;
        setWidthFull();
        heading.setId("ward-heading");
        error.setId("ward-error");
        error.addClassName("page-error");
        standing.setId("ward-standing");
        demoNotice.addClassName("demo-notice");
        demoNotice.setText(getTranslation("ward.demoNotice"));
        noReport.setText(getTranslation("ward.noReport"));
        returned.setId("ward-return-comment");
        returned.addClassName("page-error");
        edit.setId("ward-edit-report");
        flagsSection.setId("consistency-flags");
        flagsSection.addClassName("flags");
        flagsSection.add(new H3(getTranslation("ward.flags")), flags);
        previousSection.add(new H3(getTranslation("ward.previousMeasures")), previousPlan);
        content.setWidthFull();
        criteriaChart.setId("criteria-chart");
        trendChart.setId("trend-chart");
        content.add(
                standing,
                demoNotice,
                returned,
                edit,
                monthLinks,
                flagsSection,
                downloads,
                document,
                noReport,
                new H3(getTranslation("ward.comparison")),
                criteriaChart,
                comparison,
                new H3(getTranslation("ward.trend")),
                trendChart,
                trend,
                new H3(getTranslation("ward.plan")),
                plan,
                previousSection);
        add(heading, error, content);
    }

    @Override
    public void setParameter(BeforeEvent event, String unitCode) {
        error.setVisible(false);
        content.setVisible(false);
        heading.setText(unitCode);
        Map<String, List<String>> params =
                event.getLocation().getQueryParameters().getParameters();
        try {
            Optional<Period.Month> period = month(params).or(() -> service.latestMonth(unitCode));
            if (period.isEmpty()) {
                showError(getTranslation("ward.noData"));
                return;
            }
            service.page(unitCode, period.get())
                    .ifPresentOrElse(this::show, () -> showError(getTranslation("ranking.unknownScope", unitCode)));
        } catch (AccessDeniedException e) {
            heading.setText(getTranslation("ward.pageTitle"));
            showError(getTranslation("access.denied"));
        } catch (InvalidPeriodException e) {
            showError(getTranslation("ranking.invalidPeriod", e.text()));
        }
    }

    private static Optional<Period.Month> month(Map<String, List<String>> params) {
        return Optional.ofNullable(params.get("period"))
                .flatMap(v -> v.stream().findFirst())
                .map(text -> {
                    if (Period.parse(text) instanceof Period.Month month) {
                        return month;
                    }
                    throw new InvalidPeriodException(text);
                });
    }

    private void show(WardPage page) {
        String periodLabel = PeriodLabel.of(page.period(), this::getTranslation);
        pageTitle = page.unit().name() + " — " + periodLabel;
        heading.setText(pageTitle);
        standing.setText(standingText(page));
        demoNotice.setVisible(page.demo());
        showMonthLinks(page);
        showEntry(page);
        showFlags(page);
        if (page.report() != null) {
            document.show(
                    page.unit(), page.report(), page.card(), page.catalogue().criteria());
        }
        document.setVisible(page.report() != null);
        downloads.clear();
        if (page.report() != null) {
            String path = "wards/" + page.unit().code() + "/" + page.period().code();
            downloads.add("export.ward.docx", path + ".docx", Map.of()).add("export.ward.pdf", path + ".pdf", Map.of());
        }
        noReport.setVisible(page.report() == null);
        comparison.show(page);
        criteriaChart.show(WardCharts.criteria(page, getLocale(), this::getTranslation));
        trend.show(page.trend());
        trendChart.show(WardCharts.trend(page, this::getTranslation));
        plan.show(page.followUps());
        previousPlan.show(page.previousFollowUps());
        previousSection.setVisible(!page.previousFollowUps().isEmpty());
        content.setVisible(true);
    }

    private String standingText(WardPage page) {
        if (page.ranking() == null) {
            return getTranslation("ward.notRanked", page.scope().name());
        }
        var row = page.ranking();
        String weakest = row.weakest() == null
                ? "–"
                : row.weakest().criterion().name(getLocale()) + " "
                        + ScoreFormat.format(row.weakest().points(), getLocale()) + "/"
                        + ScoreFormat.maximum(row.weakest().criterion().maxPoints(), getLocale());
        return getTranslation(
                "ward.standing",
                row.rank(),
                page.ranked(),
                page.scope().name(),
                ScoreFormat.format(row.total(), getLocale()),
                getTranslation("band." + row.band().name()),
                weakest);
    }

    private void showMonthLinks(WardPage page) {
        monthLinks.removeAll();
        link(page, page.previousMonth(), "ward.previousMonth");
        link(page, page.nextMonth(), "ward.nextMonth");
    }

    private void link(WardPage page, Period.@Nullable Month month, String key) {
        if (month == null) {
            return;
        }
        RouterLink link = new RouterLink(
                getTranslation(key, PeriodLabel.of(month, this::getTranslation)),
                WardView.class,
                page.unit().code());
        link.setQueryParameters(QueryParameters.simple(Map.of("period", month.code())));
        link.setId(key.replace('.', '-'));
        monthLinks.add(link);
    }

    /** The office's comment on a returned report, and for those who may edit it, the way to the entry form. */
    private void showEntry(WardPage page) {
        returned.setText(page.returnComment() == null ? "" : getTranslation("ward.returned", page.returnComment()));
        returned.setVisible(page.returnComment() != null);
        edit.setVisible(page.editable());
        if (page.editable()) {
            edit.setText(getTranslation(page.report() == null ? "ward.enterReport" : "ward.editReport"));
            // By address, not by view class: the ward page does not depend on the intake feature.
            edit.setHref("reports/edit?unit=" + page.unit().code() + "&period="
                    + page.period().code());
        }
    }

    private void showFlags(WardPage page) {
        flags.removeAll();
        page.flags().forEach(f -> flags.add(new ListItem(f.message(getLocale()))));
        flagsSection.setVisible(!page.flags().isEmpty());
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return (pageTitle.isEmpty() ? getTranslation("ward.pageTitle") : pageTitle) + " — "
                + getTranslation("app.title");
    }
}

package vn.chiso766.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.chiso766.app.AppTest;
import vn.chiso766.app.heatmap.ui.HeatmapView;
import vn.chiso766.app.overview.ui.OverviewView;
import vn.chiso766.app.ranking.ui.RankingView;
import vn.chiso766.app.shell.ui.MainLayout;
import vn.chiso766.app.ward.ui.WardView;

/** The screens offer their exports for what they show: the scope, period and criterion in their URL. */
@AppTest
@WithUserDetails("leader")
@ViewPackages(classes = {RankingView.class, HeatmapView.class, WardView.class, OverviewView.class, MainLayout.class})
class DownloadLinksTest extends SpringBrowserlessTest {

    private String href(String id) {
        Anchor anchor = $(Anchor.class).id(id);
        assertThat(anchor.getElement().hasAttribute("download")).isTrue();
        assertThat(anchor.getElement().hasAttribute("router-ignore")).isTrue();
        return anchor.getHref();
    }

    @Test
    void the_ranking_offers_xlsx_csv_and_pdf_of_its_scope_period_and_criterion() {
        UI.getCurrent()
                .navigate(
                        RankingView.class,
                        QueryParameters.simple(Map.of("scope", "TNI.TPTN", "period", "2024-02", "by", "TTTT")));
        assertThat(href("ranking-downloads-xlsx"))
                .isEqualTo("exports/rankings.xlsx?scope=TNI.TPTN&period=2024-02&by=TTTT");
        assertThat(href("ranking-downloads-csv")).startsWith("exports/rankings.csv?scope=TNI.TPTN&period=2024-02");
        assertThat(href("ranking-downloads-pdf")).startsWith("exports/rankings.pdf?scope=TNI.TPTN&period=2024-02");
        assertThat($(Anchor.class).id("ranking-downloads-xlsx").getText()).isEqualTo("Tải bảng xếp hạng (Excel)");
    }

    @Test
    void the_heatmap_offers_its_workbook() {
        UI.getCurrent()
                .navigate(HeatmapView.class, QueryParameters.simple(Map.of("scope", "TNI.TPTN", "period", "2024-Q1")));
        assertThat(href("heatmap-downloads-xlsx")).isEqualTo("exports/heatmap.xlsx?scope=TNI.TPTN&period=2024-Q1");
    }

    @Test
    void the_ward_page_offers_the_report_as_docx_and_pdf() {
        UI.getCurrent().navigate("wards/TNI.TPTN.NINHSON", QueryParameters.simple(Map.of("period", "2024-02")));
        assertThat(href("ward-downloads-docx")).isEqualTo("exports/wards/TNI.TPTN.NINHSON/2024-02.docx");
        assertThat(href("ward-downloads-pdf")).isEqualTo("exports/wards/TNI.TPTN.NINHSON/2024-02.pdf");
    }

    @Test
    void the_overview_offers_the_monthly_summary_of_a_month_and_none_for_a_quarter() {
        UI.getCurrent()
                .navigate(OverviewView.class, QueryParameters.simple(Map.of("scope", "TNI.TPTN", "period", "2024-02")));
        assertThat(href("overview-downloads-docx")).isEqualTo("exports/summary/TNI.TPTN/2024-02.docx");
        assertThat(href("overview-downloads-pdf")).isEqualTo("exports/summary/TNI.TPTN/2024-02.pdf");
        UI.getCurrent()
                .navigate(OverviewView.class, QueryParameters.simple(Map.of("scope", "TNI.TPTN", "period", "2024-Q1")));
        assertThat($(Anchor.class).withId("overview-downloads-docx").exists()).isFalse();
    }
}

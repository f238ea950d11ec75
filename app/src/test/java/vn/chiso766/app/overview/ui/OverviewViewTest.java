package vn.chiso766.app.overview.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.chiso766.app.AppTest;
import vn.chiso766.app.i18n.ScoreFormat;
import vn.chiso766.app.ranking.RankingService;
import vn.chiso766.app.shell.ui.MainLayout;
import vn.chiso766.domain.criteria.Criterion;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.ranking.RankingRow;

@AppTest
@WithUserDetails("leader")
@ViewPackages(classes = {OverviewView.class, MainLayout.class})
class OverviewViewTest extends SpringBrowserlessTest {

    @Autowired
    RankingService rankings;

    private String text(String id) {
        return $(Div.class).id(id).getElement().getTextRecursively();
    }

    @Test
    void the_landing_page_opens_on_the_leaders_district_and_latest_month() {
        navigate("", OverviewView.class);
        assertThat($(H2.class).id("overview-heading").getText())
                .isEqualTo("Tổng quan Thành phố Tây Ninh — Tháng 02/2024");
        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getParameters())
                .containsEntry("scope", List.of("TNI.TPTN"))
                .containsEntry("period", List.of("2024-02"));
    }

    @Test
    void figures_agree_with_the_ranking_they_summarise() {
        navigate("", OverviewView.class);
        List<RankingRow> rows = rankings.rank("TNI.TPTN", Period.parse("2024-02"))
                .orElseThrow()
                .table()
                .rows();
        BigDecimal mean = rows.stream()
                .map(RankingRow::total)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(rows.size()), 2, RoundingMode.HALF_UP);
        // Written as the page writes scores: one or two decimals (85,4 for the eight approved wards of February).
        assertThat(text("overview-average")).contains(ScoreFormat.format(mean, Locale.forLanguageTag("vi")));
        // Phường Hiệp Ninh's February report awaits approval, so it is not counted as reported.
        assertThat(text("overview-reported")).contains("8 đơn vị đã báo cáo, 2 đơn vị chưa báo cáo");
        assertThat(text("overview-best"))
                .contains(rows.get(0).unit().name())
                .contains(rows.get(2).unit().name());
        assertThat(text("overview-worst")).contains(rows.getLast().unit().name());

        Criterion weakest = rows.getFirst().card().groups().points().keySet().stream()
                .map(code -> rankings.rank("TNI.TPTN", Period.parse("2024-02"))
                        .orElseThrow()
                        .table()
                        .catalogue()
                        .get(code))
                .min(Comparator.comparing((Criterion c) -> rows.stream()
                        .map(r -> r.card().groups().get(c.code()).orElseThrow())
                        .reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(c.maxPoints(), 6, RoundingMode.HALF_UP)))
                .orElseThrow();
        assertThat(text("overview-weakest")).contains(weakest.code()).contains(weakest.nameVi());
        long good = rows.stream()
                .filter(r -> r.total().compareTo(BigDecimal.valueOf(80)) >= 0
                        && r.total().compareTo(BigDecimal.valueOf(90)) < 0)
                .count();
        assertThat(text("overview-bands")).contains("Tốt " + good);
    }

    @Test
    void the_movers_name_a_ward_that_fell_and_a_ward_that_rose() {
        navigate("", OverviewView.class);
        // Phường Ninh Sơn fell from 85,6 to 84,1 (−1,5): it is among the fallers in points.
        assertThat(text("overview-fallers")).contains("Phường Ninh Sơn");
        assertThat(text("overview-risers")).contains("bậc");
    }
}

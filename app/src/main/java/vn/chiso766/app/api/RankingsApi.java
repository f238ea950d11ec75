package vn.chiso766.app.api;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chiso766.app.ranking.RankingService;
import vn.chiso766.app.ranking.TrendService;
import vn.chiso766.domain.heatmap.CriteriaHeatmap;
import vn.chiso766.domain.period.InvalidPeriodException;
import vn.chiso766.domain.period.Period;

@RestController
@RequestMapping("/api/v1")
class RankingsApi {

    private final RankingService rankings;
    private final TrendService trends;

    RankingsApi(RankingService rankings, TrendService trends) {
        this.rankings = rankings;
        this.trends = trends;
    }

    /**
     * The ranking of the children of {@code scope} for a month, quarter or year (2024-02, 2024-Q1, 2024): approved
     * reports only, unless {@code includeSubmitted=true} counts those awaiting approval too.
     */
    @GetMapping("/rankings")
    RankingJson rankings(
            @RequestParam String scope,
            @RequestParam String period,
            @RequestParam(required = false) @Nullable String by,
            @RequestParam(defaultValue = "false") boolean includeSubmitted) {
        return rankings.rank(scope, Period.parse(period), by, includeSubmitted)
                .map(RankingJson::of)
                .orElseThrow(() -> new NotFoundException("No unit " + scope));
    }

    @GetMapping("/heatmap")
    HeatmapJson heatmap(@RequestParam String scope, @RequestParam String period) {
        return rankings.rank(scope, Period.parse(period))
                .map(result -> HeatmapJson.of(CriteriaHeatmap.of(result.table())))
                .orElseThrow(() -> new NotFoundException("No unit " + scope));
    }

    @GetMapping("/wards/{code}/trend")
    TrendJson trend(
            @PathVariable String code, @RequestParam String to, @RequestParam(defaultValue = "12") int periods) {
        if (!(Period.parse(to) instanceof Period.Month month)) {
            throw new InvalidPeriodException(to);
        }
        return trends.trend(code, month, periods)
                .map(TrendJson::of)
                .orElseThrow(() -> new NotFoundException("No unit " + code + " with a parent"));
    }
}

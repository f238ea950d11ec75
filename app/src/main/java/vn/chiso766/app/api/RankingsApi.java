package vn.chiso766.app.api;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chiso766.app.ranking.RankingService;
import vn.chiso766.domain.period.Period;

@RestController
@RequestMapping("/api/v1/rankings")
class RankingsApi {

    private final RankingService rankings;

    RankingsApi(RankingService rankings) {
        this.rankings = rankings;
    }

    /** The ranking of the children of {@code scope} for a month, quarter or year (2024-02, 2024-Q1, 2024). */
    @GetMapping
    RankingJson get(@RequestParam String scope, @RequestParam String period) {
        return rankings.rank(scope, Period.parse(period))
                .map(RankingJson::of)
                .orElseThrow(() -> new NotFoundException("No unit " + scope));
    }
}

package vn.chiso766.app.ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso766.app.criteria.CatalogueService;
import vn.chiso766.app.security.AccessGuard;
import vn.chiso766.app.unit.UnitDirectory;
import vn.chiso766.db.score.ScoreCardEntity;
import vn.chiso766.db.score.ScoreCardRepository;
import vn.chiso766.db.unit.UnitEntity;
import vn.chiso766.db.unit.UnitRepository;
import vn.chiso766.domain.access.Grant;
import vn.chiso766.domain.criteria.CriteriaCatalogue;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.ranking.RankingTable;
import vn.chiso766.domain.ranking.RankingTableBuilder;
import vn.chiso766.domain.unit.Unit;

/** Ranks the children of a parent unit for a period, from the database, for users allowed to rank that parent. */
@Service
@Transactional(readOnly = true)
public class RankingService {

    private final UnitRepository units;
    private final ScoreCardRepository cards;
    private final CatalogueService catalogues;
    private final BandSettings bands;
    private final AccessGuard access;
    private final UnitDirectory unitDirectory;

    RankingService(
            UnitRepository units,
            ScoreCardRepository cards,
            CatalogueService catalogues,
            BandSettings bands,
            AccessGuard access,
            UnitDirectory unitDirectory) {
        this.units = units;
        this.cards = cards;
        this.catalogues = catalogues;
        this.bands = bands;
        this.access = access;
        this.unitDirectory = unitDirectory;
    }

    @PreAuthorize("@access.canRank(#scopeCode)")
    public Optional<RankingResult> rank(String scopeCode, Period period) {
        Optional<UnitEntity> scope = units.findByCode(scopeCode);
        if (scope.isEmpty()) {
            return Optional.empty();
        }
        List<Unit> children = units.findChildren(scopeCode).stream()
                .map(UnitEntity::toDomain)
                .filter(u -> u.isValidIn(period))
                .toList();
        CriteriaCatalogue catalogue = catalogues.forPeriod(period);
        List<String> currentCodes = PeriodCards.codesToLoad(period);
        List<String> codes = new ArrayList<>(currentCodes);
        codes.addAll(PeriodCards.codesToLoad(period.previous()));
        List<ScoreCardEntity> loaded = cards.findForChildrenOf(scopeCode, codes);
        List<vn.chiso766.domain.score.ScoreCard> domainCards =
                loaded.stream().map(c -> c.toDomain(catalogue)).toList();
        PeriodCards current = PeriodCards.of(period, domainCards);
        PeriodCards previous = PeriodCards.of(period.previous(), domainCards);
        RankingTable table = new RankingTableBuilder(catalogue, bands.thresholds())
                .build(scope.get().toDomain(), period, children, current.cards(), previous.cards());
        Set<String> demo = loaded.stream()
                .filter(c -> c.isDemo() && currentCodes.contains(c.getPeriod()))
                .map(c -> c.getUnit().getCode())
                .collect(Collectors.toSet());
        return Optional.of(new RankingResult(table, demo, current.monthsCovered()));
    }

    /**
     * The scope to show when the URL names none: a leader's or officer's own scope, a ward chair's district, and
     * for the admin the parent of the most recently reported unit.
     */
    public Optional<String> defaultScope() {
        Grant grant = access.grant();
        return switch (grant.role()) {
            case ADMIN -> cards.findMostRecentScope();
            case LEADER, OFFICER -> Optional.of(grant.scopeCode());
            case WARD_CHAIR -> unitDirectory.tree().find(grant.scopeCode()).map(u -> u.parentCode());
        };
    }

    @PreAuthorize("@access.canRank(#scopeCode)")
    public Optional<Period> latestMonth(String scopeCode) {
        return cards.findLatestMonth(scopeCode).map(Period::parse);
    }

    /** Months with at least one card under the scope, newest first, for the period picker. */
    @PreAuthorize("@access.canRank(#scopeCode)")
    public List<Period> reportedMonths(String scopeCode) {
        return cards.findMonthsForChildrenOf(scopeCode).stream()
                .map(Period::parse)
                .toList();
    }
}

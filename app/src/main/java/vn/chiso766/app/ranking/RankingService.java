package vn.chiso766.app.ranking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso766.app.criteria.CatalogueService;
import vn.chiso766.app.security.AccessGuard;
import vn.chiso766.app.unit.UnitDirectory;
import vn.chiso766.db.score.CardRow;
import vn.chiso766.db.score.RankingCardReader;
import vn.chiso766.db.score.ScoreCardRepository;
import vn.chiso766.domain.access.Grant;
import vn.chiso766.domain.access.Role;
import vn.chiso766.domain.criteria.CriteriaCatalogue;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.ranking.RankingTable;
import vn.chiso766.domain.ranking.RankingTableBuilder;
import vn.chiso766.domain.score.GroupScores;
import vn.chiso766.domain.score.OperationalFigures;
import vn.chiso766.domain.score.ScoreCard;
import vn.chiso766.domain.unit.Unit;
import vn.chiso766.domain.unit.UnitTree;

/**
 * Ranks the children of a parent unit for a period, from the database, for users allowed to rank that parent.
 * A card counts when the office has approved its monthly report, or when it has no report at all (portal scores,
 * spreadsheet rows); a card whose report is a draft or waits for approval does not, so its unit is listed as
 * without a report — unless submitted reports are asked for (drafts never count).
 */
@Service
@Transactional(readOnly = true)
public class RankingService {

    private final ScoreCardRepository cards;
    private final CatalogueService catalogues;
    private final BandSettings bands;
    private final AccessGuard access;
    private final UnitDirectory unitDirectory;
    private final RankingCardReader cardReader;

    RankingService(
            ScoreCardRepository cards,
            CatalogueService catalogues,
            BandSettings bands,
            AccessGuard access,
            UnitDirectory unitDirectory,
            RankingCardReader cardReader) {
        this.cards = cards;
        this.catalogues = catalogues;
        this.bands = bands;
        this.access = access;
        this.unitDirectory = unitDirectory;
        this.cardReader = cardReader;
    }

    @PreAuthorize("@access.canRank(#scopeCode)")
    public Optional<RankingResult> rank(String scopeCode, Period period) {
        return rank(scopeCode, period, null);
    }

    /** Ranks by one criterion's points when {@code byCriterion} names one, else by the total. */
    @PreAuthorize("@access.canRank(#scopeCode)")
    public Optional<RankingResult> rank(String scopeCode, Period period, @Nullable String byCriterion) {
        return rank(scopeCode, period, byCriterion, false);
    }

    /** As {@link #rank(String, Period, String)}, counting submitted reports too when {@code includeSubmitted}. */
    @PreAuthorize("@access.canRank(#scopeCode)")
    public Optional<RankingResult> rank(
            String scopeCode, Period period, @Nullable String byCriterion, boolean includeSubmitted) {
        if (byCriterion != null
                && catalogues.forPeriod(period).find(byCriterion).isEmpty()) {
            throw new IllegalArgumentException("Unknown criterion " + byCriterion);
        }
        List<String> codes = new ArrayList<>(PeriodCards.codesToLoad(period));
        codes.addAll(PeriodCards.codesToLoad(period.previous()));
        return load(scopeCode, codes, includeSubmitted && canIncludeSubmitted())
                .map(loaded -> loaded.result(period, byCriterion));
    }

    /**
     * The rankings of the months up to {@code to}, oldest first, from one query: the trend of a unit and the
     * heatmap over time need every month's ranks at once.
     */
    @PreAuthorize("@access.canRank(#scopeCode)")
    public List<RankingResult> series(String scopeCode, Period.Month to, int months) {
        List<Period.Month> range = new ArrayList<>();
        for (Period.Month month = to; range.size() < months; month = month.previous()) {
            range.addFirst(month);
        }
        List<String> codes = new ArrayList<>(range.stream().map(Period::code).toList());
        codes.add(range.getFirst().previous().code());
        return load(scopeCode, codes, false)
                .map(loaded ->
                        range.stream().map(month -> loaded.result(month, null)).toList())
                .orElse(List.of());
    }

    private Optional<Loaded> load(String scopeCode, List<String> periodCodes, boolean includeSubmitted) {
        UnitTree tree = unitDirectory.tree();
        return tree.find(scopeCode)
                .map(scope -> new Loaded(
                        scope,
                        tree.childrenOf(scopeCode),
                        cardReader.cardsOfChildren(scopeCode, periodCodes, includeSubmitted)));
    }

    /** Group rows come unordered from the database; the catalogue gives them their order. */
    private static ScoreCard card(CardRow row, CriteriaCatalogue catalogue) {
        Map<String, java.math.BigDecimal> ordered = new java.util.LinkedHashMap<>();
        catalogue.codes().stream()
                .filter(row.groups()::containsKey)
                .forEach(c -> ordered.put(c, row.groups().get(c)));
        row.groups().forEach(ordered::putIfAbsent);
        return new ScoreCard(
                row.unitCode(),
                Period.parse(row.period()),
                new GroupScores(ordered),
                OperationalFigures.NONE,
                row.statedTotal(),
                row.statedChange());
    }

    /** A scope's children and the cards loaded for some periods, from which any of those periods is ranked. */
    private final class Loaded {
        private final Unit scope;
        private final List<Unit> children;
        private final List<CardRow> rows;
        private final Map<CriteriaCatalogue, List<ScoreCard>> cardsByCatalogue = new HashMap<>();

        Loaded(Unit scope, List<Unit> children, List<CardRow> rows) {
            this.scope = scope;
            this.children = children;
            this.rows = rows;
        }

        RankingResult result(Period period, @Nullable String byCriterion) {
            CriteriaCatalogue catalogue = catalogues.forPeriod(period);
            List<ScoreCard> all = cardsByCatalogue.computeIfAbsent(
                    catalogue, c -> rows.stream().map(r -> card(r, c)).toList());
            PeriodCards current = PeriodCards.of(period, all);
            PeriodCards previous = PeriodCards.of(period.previous(), all);
            List<Unit> valid =
                    children.stream().filter(u -> u.isValidIn(period)).toList();
            RankingTable table = new RankingTableBuilder(catalogue, bands.thresholds(), byCriterion)
                    .build(scope, period, valid, current.cards(), previous.cards());
            List<String> currentCodes = PeriodCards.codesToLoad(period);
            Set<String> demo = rows.stream()
                    .filter(r -> r.demo() && currentCodes.contains(r.period()))
                    .map(CardRow::unitCode)
                    .collect(Collectors.toSet());
            return new RankingResult(table, demo, current.monthsCovered());
        }
    }

    /**
     * Whether the signed-in user may count reports awaiting approval. A ward chair may not: the neighbours'
     * unapproved reports are not the chair's to read, so neither are their figures.
     */
    public boolean canIncludeSubmitted() {
        return access.grant().role() != Role.WARD_CHAIR;
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

    /** The parent units the signed-in user may rank, by name: the choices of the scope picker. */
    public List<Unit> rankableScopes() {
        var tree = unitDirectory.tree();
        java.util.Set<String> parents = tree.all().stream()
                .map(Unit::parentCode)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        java.text.Collator collator = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi-VN"));
        return tree.all().stream()
                .filter(u -> parents.contains(u.code()) && access.canRank(u.code()))
                .sorted(java.util.Comparator.comparing(Unit::name, collator))
                .toList();
    }

    /**
     * The periods the picker offers for a scope: every month with a card, newest first, then the quarters and
     * years those months fall in, and any stored quarter or year (imported year-to-date scores).
     */
    @PreAuthorize("@access.canRank(#scopeCode)")
    public List<Period> periods(String scopeCode) {
        List<Period> months = reportedMonths(scopeCode);
        java.util.LinkedHashSet<Period> periods = new java.util.LinkedHashSet<>(months);
        months.forEach(m -> periods.add(((Period.Month) m).quarter()));
        months.forEach(m -> periods.add(new Period.Year(m.year())));
        cards.findStoredAggregatePeriods(scopeCode).forEach(code -> periods.add(Period.parse(code)));
        return periods.stream()
                .sorted(java.util.Comparator.comparing(Period::kind)
                        .thenComparing(
                                java.util.Comparator.<Period>naturalOrder().reversed()))
                .toList();
    }

    /** Months with at least one card under the scope, newest first, for the period picker. */
    @PreAuthorize("@access.canRank(#scopeCode)")
    public List<Period> reportedMonths(String scopeCode) {
        return cards.findMonthsForChildrenOf(scopeCode).stream()
                .map(Period::parse)
                .toList();
    }
}

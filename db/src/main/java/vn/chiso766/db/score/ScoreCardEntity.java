package vn.chiso766.db.score;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import vn.chiso766.db.unit.UnitEntity;
import vn.chiso766.domain.criteria.CriteriaCatalogue;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.period.PeriodKind;
import vn.chiso766.domain.score.GroupScores;
import vn.chiso766.domain.score.ScoreCard;

/**
 * A stored score card. The total is kept beside the group rows, always as their sum, because rankings query and
 * sort by it (index period + total).
 */
@Entity
@Table(name = "score_card")
public class ScoreCardEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private UnitEntity unit;

    @Column(nullable = false, length = 7)
    private String period;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "period_kind", nullable = false, length = 8)
    private PeriodKind periodKind;

    @Column(nullable = false, precision = 6, scale = 2)
    private BigDecimal total;

    @Column(name = "stated_total", precision = 6, scale = 2)
    private @Nullable BigDecimal statedTotal;

    @Column(name = "stated_change", precision = 6, scale = 2)
    private @Nullable BigDecimal statedChange;

    @Embedded
    private FiguresEmbeddable figures;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "score_card_group", joinColumns = @JoinColumn(name = "score_card_id"))
    @MapKeyColumn(name = "criterion_code", length = 16)
    @Column(name = "points", nullable = false, precision = 5, scale = 2)
    private Map<String, BigDecimal> groups = new LinkedHashMap<>();

    /** Where the figures came from: "demo", "form", or a file name with its SHA-256. */
    @Column(nullable = false, length = 500)
    private String source;

    @Column(name = "snapshot_date")
    private @Nullable LocalDate snapshotDate;

    @Column(nullable = false)
    private boolean demo;

    @Version
    private long version;

    protected ScoreCardEntity() {}

    public ScoreCardEntity(UnitEntity unit, ScoreCard card, String source, boolean demo) {
        this.unit = unit;
        this.period = card.period().code();
        this.periodKind = card.period().kind();
        this.source = source;
        this.demo = demo;
        update(card);
    }

    public final void update(ScoreCard card) {
        this.groups.clear();
        this.groups.putAll(card.groups().points());
        this.total = card.total();
        this.statedTotal = card.statedTotal();
        this.statedChange = card.statedChange();
        this.figures = new FiguresEmbeddable(card.figures());
    }

    /** Group rows come back from the database unordered; the catalogue restores the order. */
    public ScoreCard toDomain(CriteriaCatalogue catalogue) {
        Map<String, BigDecimal> ordered = new LinkedHashMap<>();
        catalogue.codes().stream().filter(groups::containsKey).forEach(c -> ordered.put(c, groups.get(c)));
        groups.keySet().stream().filter(c -> !ordered.containsKey(c)).forEach(c -> ordered.put(c, groups.get(c)));
        return new ScoreCard(
                unit.getCode(),
                Period.parse(period),
                new GroupScores(ordered),
                figures == null ? FiguresEmbeddable.EMPTY.toDomain() : figures.toDomain(),
                statedTotal,
                statedChange);
    }

    public Long getId() {
        return id;
    }

    public UnitEntity getUnit() {
        return unit;
    }

    public String getPeriod() {
        return period;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public String getSource() {
        return source;
    }

    /** A card entered again (by the form or another file) records its new origin. */
    public void setSource(String source) {
        this.source = source;
    }

    public @Nullable LocalDate getSnapshotDate() {
        return snapshotDate;
    }

    public boolean isDemo() {
        return demo;
    }

    /** The optimistic-lock version, which an edit form carries so that a stale save can be refused. */
    public long getVersion() {
        return version;
    }

    public void setSnapshotDate(@Nullable LocalDate snapshotDate) {
        this.snapshotDate = snapshotDate;
    }
}

package vn.chiso766.app.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso766.app.audit.AuditEntry;
import vn.chiso766.app.audit.AuditSource;
import vn.chiso766.app.audit.AuditTrail;
import vn.chiso766.app.audit.state.ScoreCardState;
import vn.chiso766.app.audit.state.UnitState;
import vn.chiso766.app.criteria.CatalogueService;
import vn.chiso766.app.unit.UnitsChanged;
import vn.chiso766.db.score.ScoreCardEntity;
import vn.chiso766.db.score.ScoreCardRepository;
import vn.chiso766.db.unit.UnitEntity;
import vn.chiso766.db.unit.UnitRepository;
import vn.chiso766.domain.score.ScoreCard;
import vn.chiso766.domain.unit.Unit;

/**
 * Writes a preview without errors: the units it creates (parents first), then each new or changed card, every one
 * with its audit entry naming the file and its SHA-256. Unchanged rows are not touched. It runs inside the commit's
 * transaction, so a failure half-way leaves nothing behind.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class ImportWriter {

    /** The longest file name kept in a card's source, which also holds the 64 hex digits of the SHA-256. */
    private static final int MAX_NAME = 400;

    private final UnitRepository units;
    private final ScoreCardRepository cards;
    private final CatalogueService catalogues;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    ImportWriter(
            UnitRepository units,
            ScoreCardRepository cards,
            CatalogueService catalogues,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.units = units;
        this.cards = cards;
        this.catalogues = catalogues;
        this.audit = audit;
        this.events = events;
    }

    void write(ImportPreview preview) {
        if (preview.hasErrors()) {
            throw new ImportRejectedException(preview);
        }
        AuditSource source = AuditSource.file(preview.fileName(), preview.sha256());
        String cardSource = cardSource(preview);
        Map<String, UnitEntity> byCode = new HashMap<>();
        createUnits(preview.unitsToCreate(), byCode, source);
        List<ImportRow> writes =
                preview.rows().stream().filter(ImportRow::willWrite).toList();
        loadUnits(writes, byCode);
        Map<String, ScoreCardEntity> stored = storedEntities(writes);
        for (ImportRow row : writes) {
            ScoreCard card = row.card();
            ScoreCardEntity existing =
                    stored.get(card.unitCode() + "/" + card.period().code());
            if (existing == null) {
                ScoreCardEntity entity = new ScoreCardEntity(byCode.get(card.unitCode()), card, cardSource, false);
                entity.setSnapshotDate(row.snapshotDate());
                cards.save(entity);
                audit.record(AuditEntry.created(ScoreCardState.of(card, cardSource), source));
            } else {
                ScoreCardState before =
                        ScoreCardState.of(existing.toDomain(catalogues.forPeriod(card.period())), existing.getSource());
                existing.update(card);
                existing.setSource(cardSource);
                existing.setSnapshotDate(row.snapshotDate());
                audit.record(AuditEntry.updated(before, ScoreCardState.of(card, cardSource), source));
            }
        }
        if (!preview.unitsToCreate().isEmpty()) {
            events.publishEvent(new UnitsChanged());
        }
    }

    /** Parents are listed before their children by the portal source, so each parent exists when needed. */
    private void createUnits(List<Unit> toCreate, Map<String, UnitEntity> byCode, AuditSource source) {
        for (Unit unit : toCreate) {
            UnitEntity parent = unit.parentCode() == null
                    ? null
                    : byCode.computeIfAbsent(
                            unit.parentCode(), code -> units.findByCode(code).orElseThrow());
            byCode.put(unit.code(), units.save(new UnitEntity(unit, parent, false)));
            audit.record(AuditEntry.created(UnitState.of(unit), source));
        }
    }

    private void loadUnits(List<ImportRow> writes, Map<String, UnitEntity> byCode) {
        Set<String> missing = writes.stream()
                .map(r -> r.card().unitCode())
                .filter(code -> !byCode.containsKey(code))
                .collect(Collectors.toSet());
        if (!missing.isEmpty()) {
            units.findByCodeIn(missing).forEach(u -> byCode.put(u.getCode(), u));
        }
    }

    private Map<String, ScoreCardEntity> storedEntities(List<ImportRow> writes) {
        List<ImportRow> changed =
                writes.stream().filter(r -> r.status() == RowStatus.CHANGED).toList();
        Map<String, ScoreCardEntity> stored = new HashMap<>();
        if (changed.isEmpty()) {
            return stored;
        }
        Set<String> codes = changed.stream().map(r -> r.card().unitCode()).collect(Collectors.toSet());
        Set<String> periods =
                changed.stream().map(r -> r.card().period().code()).collect(Collectors.toSet());
        for (ScoreCardEntity entity : cards.findForUnitsAndPeriods(codes, periods)) {
            stored.put(entity.getUnit().getCode() + "/" + entity.getPeriod(), entity);
        }
        return stored;
    }

    /** "file:communes_2026-10-10.json sha256:…", the same provenance the audit trail keeps. */
    static String cardSource(ImportPreview preview) {
        String name =
                preview.fileName().length() > MAX_NAME ? preview.fileName().substring(0, MAX_NAME) : preview.fileName();
        return "file:" + name + " sha256:" + preview.sha256();
    }
}

package vn.chiso766.domain.criteria;

import java.util.Comparator;
import java.util.List;
import vn.chiso766.domain.period.Period;

/** Every catalogue revision; a period is scored with the latest revision in force at its first month. */
public record CatalogueHistory(List<CriteriaCatalogue> revisions) {

    public CatalogueHistory {
        revisions = revisions.stream()
                .sorted(Comparator.comparing(c -> c.effectiveFrom().yearMonth()))
                .toList();
        if (revisions.isEmpty()) {
            throw new IllegalArgumentException("At least one catalogue revision is needed");
        }
    }

    public CriteriaCatalogue forPeriod(Period period) {
        var start = period.months().getFirst().yearMonth();
        CriteriaCatalogue inForce = revisions.getFirst();
        for (CriteriaCatalogue revision : revisions) {
            if (!revision.effectiveFrom().yearMonth().isAfter(start)) {
                inForce = revision;
            }
        }
        return inForce;
    }
}

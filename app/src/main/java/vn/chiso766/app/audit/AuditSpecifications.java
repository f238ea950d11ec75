package vn.chiso766.app.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;
import vn.chiso766.app.i18n.VietnamTime;
import vn.chiso766.db.audit.AuditEventEntity;
import vn.chiso766.domain.period.Period;

/** The audit filter as JPA criteria on {@link AuditEventEntity}. */
final class AuditSpecifications {

    private AuditSpecifications() {}

    /** Events of these units only; an empty set matches nothing, and events without a unit never match. */
    static Specification<AuditEventEntity> unitIn(Collection<String> codes) {
        if (codes.isEmpty()) {
            return (root, query, cb) -> cb.disjunction();
        }
        return (root, query, cb) -> root.get("unitCode").in(codes);
    }

    static Specification<AuditEventEntity> actor(@Nullable String actor) {
        return actor == null ? Specification.unrestricted() : (root, query, cb) -> cb.equal(root.get("actor"), actor);
    }

    static Specification<AuditEventEntity> period(@Nullable Period period) {
        return period == null
                ? Specification.unrestricted()
                : (root, query, cb) -> root.get("period").in(periodCodes(period));
    }

    /** From the start of {@code from} to the end of {@code to}, both days in Vietnam time. */
    static Specification<AuditEventEntity> between(@Nullable LocalDate from, @Nullable LocalDate to) {
        Specification<AuditEventEntity> spec = Specification.unrestricted();
        if (from != null) {
            Instant start = from.atStartOfDay(VietnamTime.ZONE).toInstant();
            spec = spec.and((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("occurredAt"), start));
        }
        if (to != null) {
            Instant end = to.plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant();
            spec = spec.and((root, query, cb) -> cb.lessThan(root.get("occurredAt"), end));
        }
        return spec;
    }

    /** A period and the shorter periods inside it: a year, its quarters and months; a quarter and its months. */
    static List<String> periodCodes(Period period) {
        Set<String> codes = new LinkedHashSet<>();
        codes.add(period.code());
        if (period instanceof Period.Year year) {
            for (int q = 1; q <= 4; q++) {
                codes.add(new Period.Quarter(year.year(), q).code());
            }
        }
        period.months().forEach(m -> codes.add(m.code()));
        return new ArrayList<>(codes);
    }
}

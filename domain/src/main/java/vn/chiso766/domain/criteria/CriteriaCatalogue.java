package vn.chiso766.domain.criteria;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.chiso766.domain.period.Period;

/**
 * The criterion groups in force from a month on. The order of {@link #criteria()} is the catalogue order, which
 * breaks the last tie of the weakest-criterion rule and orders columns everywhere.
 */
public record CriteriaCatalogue(Period.Month effectiveFrom, List<Criterion> criteria) {

    public CriteriaCatalogue {
        criteria = List.copyOf(criteria);
        if (criteria.isEmpty()) {
            throw new IllegalArgumentException("A catalogue needs at least one criterion");
        }
        long distinct = criteria.stream().map(Criterion::code).distinct().count();
        if (distinct != criteria.size()) {
            throw new IllegalArgumentException("Criterion codes must be unique: " + criteria);
        }
    }

    /**
     * The six-group layout of Decision 766/QĐ-TTg as used by the national portal and ward reports from 2024 on
     * (DOMAIN.md). The application reads its catalogue from the database, seeded with these same values; this
     * constant serves imports and tests that run without a database.
     */
    public static CriteriaCatalogue decision766() {
        return new CriteriaCatalogue(
                Period.month(2024, 1),
                List.of(
                        criterion("CKMB", "Công khai, minh bạch", "Publicity and transparency", 18),
                        criterion("TDGQ", "Tiến độ giải quyết", "Processing timeliness", 20),
                        criterion("ONLINE", "Dịch vụ công trực tuyến", "Online public services", 12),
                        criterion("TTTT", "Thanh toán trực tuyến", "Online payment", 10),
                        criterion("MDHL", "Mức độ hài lòng", "Satisfaction", 18),
                        criterion("MDSH", "Số hóa hồ sơ", "Digitization of dossiers and results", 22)));
    }

    private static Criterion criterion(String code, String vi, String en, int max) {
        return new Criterion(code, vi, en, BigDecimal.valueOf(max));
    }

    public Optional<Criterion> find(String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public Criterion get(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("Unknown criterion " + code));
    }

    public List<String> codes() {
        return criteria.stream().map(Criterion::code).toList();
    }

    public BigDecimal maxTotal() {
        return criteria.stream().map(Criterion::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public int indexOf(String code) {
        return codes().indexOf(code);
    }

    public Map<String, Criterion> byCode() {
        Map<String, Criterion> map = new LinkedHashMap<>();
        criteria.forEach(c -> map.put(c.code(), c));
        return map;
    }
}

package vn.chiso766.reporting.portal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.chiso766.domain.criteria.CriteriaCatalogue;
import vn.chiso766.domain.criteria.Criterion;
import vn.chiso766.domain.score.GroupScores;

/**
 * Reads a {@code groupScores} object into catalogue order. Values are taken as written: a group above its maximum
 * stays above it (the 2026-09-24 communes have MDHL up to 18.42), so that validation, not the import, reports it.
 */
final class GroupScoresReader {

    /** The portal names the online-services group CLGQ in province overviews and ONLINE in unit records. */
    static final String ONLINE = "ONLINE";

    static final String ONLINE_ALIAS = "CLGQ";

    private final CriteriaCatalogue catalogue;

    GroupScoresReader(CriteriaCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    GroupScores read(LocatedNode groups) {
        checkNames(groups);
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        for (Criterion criterion : catalogue.criteria()) {
            points.put(criterion.code(), points(groups.field(fieldName(groups, criterion.code()))));
        }
        return new GroupScores(points);
    }

    private void checkNames(LocatedNode groups) {
        for (String name : groups.fieldNames()) {
            if (catalogue.find(canonical(name)).isEmpty()) {
                throw groups.field(name)
                        .problem("only the groups " + String.join(", ", catalogue.codes()), "an unknown group");
            }
        }
        if (groups.has(ONLINE) && groups.has(ONLINE_ALIAS)) {
            throw groups.field(ONLINE_ALIAS).problem("either ONLINE or CLGQ (the same group)", "both");
        }
    }

    private static String fieldName(LocatedNode groups, String code) {
        return ONLINE.equals(code) && groups.has(ONLINE_ALIAS) ? ONLINE_ALIAS : code;
    }

    private static String canonical(String name) {
        return ONLINE_ALIAS.equals(name) ? ONLINE : name;
    }

    /** GroupScores keeps two decimals; a finer value would be rounded silently, so it is refused instead. */
    private static BigDecimal points(LocatedNode node) {
        BigDecimal points = node.decimal();
        if (points.stripTrailingZeros().scale() > GroupScores.SCALE) {
            throw node.problem("a number with at most " + GroupScores.SCALE + " decimals", points.toPlainString());
        }
        return points;
    }
}

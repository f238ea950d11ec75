package vn.chiso766.reporting.portal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.chiso766.domain.criteria.CriteriaCatalogue;
import vn.chiso766.domain.unit.UnitKind;

/** Reads the unit list of a file; the same record layout serves communes, agencies, details and provinces. */
final class PortalUnitReader {

    private final PortalShape shape;
    private final GroupScoresReader groupScores;

    PortalUnitReader(PortalShape shape, CriteriaCatalogue catalogue) {
        this.shape = shape;
        this.groupScores = new GroupScoresReader(catalogue);
    }

    List<PortalUnitScore> readAll(LocatedNode list) {
        List<PortalUnitScore> units = new ArrayList<>();
        Map<String, String> pathByCode = new HashMap<>();
        for (LocatedNode element : list.elements()) {
            PortalUnitScore unit = read(element.requireObject());
            String earlier = pathByCode.putIfAbsent(unit.departmentCode(), element.path());
            if (earlier != null) {
                throw element.field("departmentCode")
                        .problem("a code used once in the file", unit.departmentCode() + " (also at " + earlier + ")");
            }
            units.add(unit);
        }
        return units;
    }

    private PortalUnitScore read(LocatedNode unit) {
        return new PortalUnitScore(
                unit.field("departmentCode").text(),
                unit.field("departmentName").text(),
                kind(unit),
                unit.field("totalScore").decimal(),
                groupScores.read(unit.field("groupScores").requireObject()),
                unit.field("rank").integer(),
                unit.field("groupRank").optionalInteger());
    }

    /** Province records carry no childGroup; in a province file every unit says whether it is a commune or agency. */
    private UnitKind kind(LocatedNode unit) {
        if (shape.isNational()) {
            return UnitKind.PROVINCE;
        }
        LocatedNode childGroup = unit.field("childGroup");
        return switch (childGroup.text()) {
            case "COMMUNE" -> UnitKind.COMMUNE;
            case "AGENCY" -> UnitKind.AGENCY;
            default -> throw childGroup.problem("\"COMMUNE\" or \"AGENCY\"");
        };
    }
}

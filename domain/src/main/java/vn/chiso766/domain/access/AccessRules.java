package vn.chiso766.domain.access;

import java.util.Objects;
import java.util.Optional;
import vn.chiso766.domain.report.ReportStatus;
import vn.chiso766.domain.unit.Unit;
import vn.chiso766.domain.unit.UnitTree;

/**
 * Who may read and write what (issue 3). A ward chair reads the rankings of the ward's parent and the approved
 * reports of the wards beside it, and reads and edits only the ward's own reports; leaders read and officers
 * also write everything under their scope; the admin reads everything and administers users and units.
 */
public final class AccessRules {

    private final UnitTree tree;

    public AccessRules(UnitTree tree) {
        this.tree = tree;
    }

    /** Whether the unit may appear to the user at all (lists, rankings, the unit API). */
    public boolean canSeeUnit(Grant grant, String unitCode) {
        return switch (grant.role()) {
            case ADMIN -> true;
            case LEADER, OFFICER -> tree.isWithin(unitCode, grant.scopeCode());
            case WARD_CHAIR ->
                unitCode.equals(grant.scopeCode())
                        || isSibling(unitCode, grant.scopeCode())
                        || unitCode.equals(parentOf(grant.scopeCode()).orElse(null));
        };
    }

    /** Whether the user may rank the children of this parent unit. */
    public boolean canRank(Grant grant, String parentCode) {
        return switch (grant.role()) {
            case ADMIN -> true;
            case LEADER, OFFICER -> tree.isWithin(parentCode, grant.scopeCode());
            case WARD_CHAIR -> parentCode.equals(parentOf(grant.scopeCode()).orElse(null));
        };
    }

    public boolean canReadReport(Grant grant, String unitCode, ReportStatus status) {
        return switch (grant.role()) {
            case ADMIN -> true;
            case LEADER, OFFICER -> tree.isWithin(unitCode, grant.scopeCode());
            case WARD_CHAIR ->
                unitCode.equals(grant.scopeCode())
                        || (status == ReportStatus.APPROVED && isSibling(unitCode, grant.scopeCode()));
        };
    }

    /** Entering, importing and editing a report; approving is {@link #canApproveReport}. */
    public boolean canEditReport(Grant grant, String unitCode) {
        return switch (grant.role()) {
            case OFFICER -> tree.isWithin(unitCode, grant.scopeCode());
            case WARD_CHAIR -> unitCode.equals(grant.scopeCode());
            case ADMIN, LEADER -> false;
        };
    }

    public boolean canApproveReport(Grant grant, String unitCode) {
        return grant.role() == Role.OFFICER && tree.isWithin(unitCode, grant.scopeCode());
    }

    /** Audit entries about a unit: the admin sees all, a leader those under the scope. */
    public boolean canReadAudit(Grant grant, String unitCode) {
        return switch (grant.role()) {
            case ADMIN -> true;
            case LEADER -> tree.isWithin(unitCode, grant.scopeCode());
            case OFFICER, WARD_CHAIR -> false;
        };
    }

    private boolean isSibling(String unitCode, String wardCode) {
        Optional<String> parent = parentOf(wardCode);
        return parent.isPresent()
                && tree.find(unitCode)
                        .map(Unit::parentCode)
                        .filter(p -> Objects.equals(p, parent.get()))
                        .isPresent();
    }

    private Optional<String> parentOf(String code) {
        return tree.find(code).map(Unit::parentCode);
    }
}

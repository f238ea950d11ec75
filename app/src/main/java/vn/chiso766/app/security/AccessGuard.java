package vn.chiso766.app.security;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.chiso766.app.unit.UnitDirectory;
import vn.chiso766.domain.access.AccessRules;
import vn.chiso766.domain.access.Grant;
import vn.chiso766.domain.report.ReportStatus;
import vn.chiso766.domain.unit.Unit;

/**
 * The access rules for the signed-in user, named {@code access} for method security expressions such as
 * {@code @PreAuthorize("@access.canRank(#scopeCode)")}. Anyone not signed in is refused everything.
 */
@Component("access")
public class AccessGuard {

    private final CurrentUser currentUser;
    private final UnitDirectory units;

    AccessGuard(CurrentUser currentUser, UnitDirectory units) {
        this.currentUser = currentUser;
        this.units = units;
    }

    public boolean canSeeUnit(String unitCode) {
        return currentUser
                .find()
                .map(u -> rules().canSeeUnit(u.grant(), unitCode))
                .orElse(false);
    }

    public boolean canRank(String parentCode) {
        return currentUser
                .find()
                .map(u -> rules().canRank(u.grant(), parentCode))
                .orElse(false);
    }

    public boolean canReadReport(String unitCode, ReportStatus status) {
        return currentUser
                .find()
                .map(u -> rules().canReadReport(u.grant(), unitCode, status))
                .orElse(false);
    }

    public boolean canEditReport(String unitCode) {
        return currentUser
                .find()
                .map(u -> rules().canEditReport(u.grant(), unitCode))
                .orElse(false);
    }

    public boolean canApproveReport(String unitCode) {
        return currentUser
                .find()
                .map(u -> rules().canApproveReport(u.grant(), unitCode))
                .orElse(false);
    }

    public boolean canReadAudit(String unitCode) {
        return currentUser
                .find()
                .map(u -> rules().canReadAudit(u.grant(), unitCode))
                .orElse(false);
    }

    /** Every unit the signed-in user may see; none when nobody is signed in. */
    public List<Unit> visibleUnits() {
        return currentUser
                .find()
                .map(user -> {
                    AccessRules rules = rules();
                    return units.tree().all().stream()
                            .filter(u -> rules.canSeeUnit(user.grant(), u.code()))
                            .toList();
                })
                .orElse(List.of());
    }

    public Grant grant() {
        return currentUser.grant();
    }

    private AccessRules rules() {
        return new AccessRules(units.tree());
    }
}

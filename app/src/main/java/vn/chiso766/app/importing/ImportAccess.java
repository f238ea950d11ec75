package vn.chiso766.app.importing;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.chiso766.app.security.AccessGuard;
import vn.chiso766.app.security.CurrentUser;
import vn.chiso766.app.unit.UnitDirectory;
import vn.chiso766.domain.access.Grant;
import vn.chiso766.domain.access.Role;

/**
 * Which rows of an import the signed-in user may write: an officer any unit under the scope, a ward chair only the
 * own ward, the admin everything (portal data covers the whole country). Creating units, which portal files need,
 * is for the admin and for officers below whose scope the new unit would sit.
 */
@Component
class ImportAccess {

    private final CurrentUser currentUser;
    private final AccessGuard access;
    private final UnitDirectory units;

    ImportAccess(CurrentUser currentUser, AccessGuard access, UnitDirectory units) {
        this.currentUser = currentUser;
        this.access = access;
        this.units = units;
    }

    boolean mayWrite(String unitCode) {
        return isAdmin() || access.canEditReport(unitCode);
    }

    /** A unit that does not exist yet, to be created under this parent (none: a root such as VN). */
    boolean mayCreateUnder(@Nullable String parentCode) {
        Grant grant = currentUser.grant();
        if (grant.role() == Role.ADMIN) {
            return true;
        }
        return grant.role() == Role.OFFICER
                && parentCode != null
                && units.tree().isWithin(parentCode, grant.scopeCode());
    }

    private boolean isAdmin() {
        return currentUser.find().map(u -> u.grant().role() == Role.ADMIN).orElse(false);
    }
}

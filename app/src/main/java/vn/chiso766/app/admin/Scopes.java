package vn.chiso766.app.admin;

import org.jspecify.annotations.Nullable;
import vn.chiso766.app.i18n.TranslatableException;
import vn.chiso766.db.unit.UnitEntity;
import vn.chiso766.db.unit.UnitRepository;
import vn.chiso766.domain.access.Role;

/**
 * The unit a role is held over: none for the admin, any unit for leaders and officers, and a ward or commune for
 * a ward chair (AccessRules reads a chair's scope as a ward with wards beside it).
 */
final class Scopes {

    private final UnitRepository units;

    Scopes(UnitRepository units) {
        this.units = units;
    }

    static Role requireRole(@Nullable Role role) {
        if (role == null) {
            throw new TranslatableException("admin.user.error.role");
        }
        return role;
    }

    @Nullable
    UnitEntity resolve(Role role, @Nullable String scopeCode) {
        if (role == Role.ADMIN) {
            return null;
        }
        if (scopeCode == null || scopeCode.isBlank()) {
            throw new TranslatableException("admin.user.error.scopeMissing");
        }
        UnitEntity scope = units.findByCode(scopeCode)
                .orElseThrow(() -> new TranslatableException("admin.user.error.scopeUnknown", scopeCode));
        if (role == Role.WARD_CHAIR && !scope.getKind().isCommuneLevel()) {
            throw new TranslatableException("admin.user.error.scopeKind", scope.getName());
        }
        return scope;
    }
}

package vn.chiso766.app.demo;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.chiso766.db.unit.UnitRepository;
import vn.chiso766.db.user.UserAccountEntity;
import vn.chiso766.db.user.UserAccountRepository;
import vn.chiso766.domain.access.Role;

/**
 * One user per role for the demonstration, all with the password "demo" (listed in the README). They exist only
 * where the demonstration district is loaded.
 */
final class DemoUsers {

    static final String PASSWORD = "demo";

    private record DemoUser(String username, String displayName, Role role, String scopeCode) {}

    private static final List<DemoUser> USERS = List.of(
            new DemoUser("admin", "Quản trị hệ thống", Role.ADMIN, ""),
            new DemoUser("leader", "Lãnh đạo UBND thành phố Tây Ninh", Role.LEADER, DemoDistrict.DISTRICT),
            new DemoUser("officer", "Phòng Nội vụ thành phố Tây Ninh", Role.OFFICER, DemoDistrict.DISTRICT),
            new DemoUser("chair-ninhson", "Chủ tịch UBND phường Ninh Sơn", Role.WARD_CHAIR, DemoDistrict.NINH_SON));

    private DemoUsers() {}

    /** Creates the demo users that do not exist yet and returns them. */
    static List<UserAccountEntity> create(UserAccountRepository users, UnitRepository units, PasswordEncoder encoder) {
        List<UserAccountEntity> created = new ArrayList<>();
        for (DemoUser demo : USERS) {
            if (users.existsByUsername(demo.username())) {
                continue;
            }
            var scope = demo.scopeCode().isEmpty()
                    ? null
                    : units.findByCode(demo.scopeCode()).orElseThrow();
            UserAccountEntity user = new UserAccountEntity(
                    demo.username(), demo.displayName(), encoder.encode(PASSWORD), demo.role(), scope);
            user.setDemo(true);
            created.add(users.save(user));
        }
        return created;
    }
}

package vn.chiso766.app.security;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.chiso766.db.unit.UnitRepository;
import vn.chiso766.db.user.UserAccountEntity;
import vn.chiso766.db.user.UserAccountRepository;
import vn.chiso766.domain.access.Role;

/**
 * Users that exist for one test only, with unique names, so that a test may lock one out or inspect its hash
 * without touching the demo users the other tests sign in as. {@link #deleteAll()} removes them again.
 */
final class ThrowawayUsers {

    private static final String DISTRICT = "TNI.TPTN";

    private final UserAccountRepository users;
    private final UnitRepository units;
    private final PasswordEncoder encoder;
    private final List<String> created = new ArrayList<>();

    ThrowawayUsers(UserAccountRepository users, UnitRepository units, PasswordEncoder encoder) {
        this.users = users;
        this.units = units;
        this.encoder = encoder;
    }

    /** A password no other row or log line can contain by chance. */
    static String uniquePassword() {
        return "Pw-" + UUID.randomUUID();
    }

    /** Creates a district officer with this password and returns the user name. */
    String create(String prefix, String password) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        users.save(new UserAccountEntity(
                username,
                "Throwaway " + username,
                encoder.encode(password),
                Role.OFFICER,
                units.findByCode(DISTRICT).orElseThrow()));
        created.add(username);
        return username;
    }

    void deleteAll() {
        created.forEach(username -> users.findByUsername(username).ifPresent(users::delete));
        created.clear();
    }
}

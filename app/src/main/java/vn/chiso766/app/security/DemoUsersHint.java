package vn.chiso766.app.security;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso766.db.user.UserAccountRepository;

/** Whether this is a demonstration installation, whose sign-in page may name the demo users. */
@Component
public class DemoUsersHint {

    private final UserAccountRepository users;

    DemoUsersHint(UserAccountRepository users) {
        this.users = users;
    }

    @Transactional(readOnly = true)
    public boolean isDemoInstallation() {
        return users.existsByDemoTrue();
    }
}

package vn.chiso766.app.security;

import java.security.SecureRandom;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso766.db.user.UserAccountEntity;
import vn.chiso766.db.user.UserAccountRepository;
import vn.chiso766.domain.access.Role;

/**
 * The first administrator of an installation without users. There is no default password: it comes from
 * {@code chiso766.security.initial-admin-password} (environment variable
 * {@code CHISO766_SECURITY_INITIAL_ADMIN_PASSWORD}), or else a one-time password is generated, printed once in
 * the log, and must be changed at the first sign-in. Runs after the demonstration data, which brings its own
 * users.
 */
@Component
class InitialAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final String username;
    private final @Nullable String configuredPassword;

    InitialAdmin(
            UserAccountRepository users,
            PasswordEncoder encoder,
            ApplicationEventPublisher events,
            @Value("${chiso766.security.initial-admin-username:admin}") String username,
            @Value("${chiso766.security.initial-admin-password:#{null}}") @Nullable String configuredPassword) {
        this.users = users;
        this.encoder = encoder;
        this.events = events;
        this.username = username;
        this.configuredPassword = configuredPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        create();
    }

    /** Must run in a transaction: the audit trail records the new administrator in the same one. */
    void create() {
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        String password = generated ? oneTimePassword() : configuredPassword;
        UserAccountEntity admin =
                new UserAccountEntity(username, "Quản trị hệ thống", encoder.encode(password), Role.ADMIN, null);
        admin.setMustChangePassword(generated);
        users.save(admin);
        events.publishEvent(
                new FirstAdminCreated(admin.getUsername(), admin.getDisplayName(), admin.isMustChangePassword()));
        if (generated) {
            // Printed once, on purpose: the only way to reach a fresh installation; it must be changed at sign-in.
            log.warn(
                    "Created the first administrator '{}' with the one-time password {} — sign in and change it.",
                    username,
                    password);
        } else {
            log.info("Created the first administrator '{}' from configuration", username);
        }
    }

    private static String oneTimePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}

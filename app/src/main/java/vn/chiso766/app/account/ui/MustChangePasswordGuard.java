package vn.chiso766.app.account.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import vn.chiso766.app.account.PasswordChangeService;
import vn.chiso766.app.security.AppUser;
import vn.chiso766.app.security.CurrentUser;
import vn.chiso766.app.ui.login.LoginView;

/**
 * Sends a user who signed in with a one-time password to the change-password view, whatever view they ask for,
 * until they have chosen their own; the sign-in view stays reachable so that they can sign in as someone else.
 */
@Component
class MustChangePasswordGuard implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final PasswordChangeService passwords;

    MustChangePasswordGuard(CurrentUser currentUser, PasswordChangeService passwords) {
        this.currentUser = currentUser;
        this.passwords = passwords;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == ChangePasswordView.class || target == LoginView.class) {
            return;
        }
        boolean flagged = currentUser.find().map(AppUser::mustChangePassword).orElse(false);
        // The session's flag is checked first so that other users cost no database read per navigation.
        if (flagged && passwords.mustChangePassword()) {
            event.forwardTo(ChangePasswordView.class);
        }
    }
}

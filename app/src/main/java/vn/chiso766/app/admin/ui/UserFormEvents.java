package vn.chiso766.app.admin.ui;

import com.vaadin.flow.component.ComponentEvent;
import org.jspecify.annotations.Nullable;
import vn.chiso766.app.admin.NewUser;
import vn.chiso766.domain.access.Role;

/** What the user form asks the view to do. */
final class UserFormEvents {

    private UserFormEvents() {}

    static final class CreateEvent extends ComponentEvent<UserForm> {
        private final NewUser request;

        CreateEvent(UserForm source, NewUser request) {
            super(source, false);
            this.request = request;
        }

        NewUser request() {
            return request;
        }
    }

    static final class ChangeRoleEvent extends ComponentEvent<UserForm> {
        private final String username;
        private final @Nullable Role role;
        private final @Nullable String scopeCode;

        ChangeRoleEvent(UserForm source, String username, @Nullable Role role, @Nullable String scopeCode) {
            super(source, false);
            this.username = username;
            this.role = role;
            this.scopeCode = scopeCode;
        }

        String username() {
            return username;
        }

        @Nullable
        Role role() {
            return role;
        }

        @Nullable
        String scopeCode() {
            return scopeCode;
        }
    }

    static final class EnabledEvent extends ComponentEvent<UserForm> {
        private final String username;
        private final boolean enabled;

        EnabledEvent(UserForm source, String username, boolean enabled) {
            super(source, false);
            this.username = username;
            this.enabled = enabled;
        }

        String username() {
            return username;
        }

        boolean enabled() {
            return enabled;
        }
    }

    static final class ResetPasswordEvent extends ComponentEvent<UserForm> {
        private final String username;

        ResetPasswordEvent(UserForm source, String username) {
            super(source, false);
            this.username = username;
        }

        String username() {
            return username;
        }
    }

    static final class CloseEvent extends ComponentEvent<UserForm> {
        CloseEvent(UserForm source) {
            super(source, false);
        }
    }
}

package vn.chiso766.app.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import vn.chiso766.app.security.AppUser;

/** The signed-in user's name and role, the way to change the password, and the sign-out button. */
public class SignedInUser extends Composite<HorizontalLayout> {

    private final AuthenticationContext authentication;

    public SignedInUser(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    protected HorizontalLayout initContent() {
        HorizontalLayout layout = new HorizontalLayout();
        layout.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        authentication.getAuthenticatedUser(AppUser.class).ifPresent(user -> {
            Span name = new Span(user.displayName() + " · "
                    + getTranslation("role." + user.grant().role().name()));
            name.setId("signed-in-user");
            // By address, not by view class: the account feature's views depend on this package, not the reverse.
            Anchor changePassword = new Anchor("change-password", getTranslation("account.password.link"));
            changePassword.getElement().setAttribute("router-link", true);
            changePassword.setId("change-password-link");
            Button signOut = new Button(getTranslation("login.signOut"), e -> authentication.logout());
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            signOut.setId("sign-out");
            layout.add(name, changePassword, signOut);
        });
        return layout;
    }
}

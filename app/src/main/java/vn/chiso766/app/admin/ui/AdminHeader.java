package vn.chiso766.app.admin.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import vn.chiso766.app.ui.LanguageSwitch;
import vn.chiso766.app.ui.SignedInUser;

/** The administration pages' heading, with links between them, the language switch and the signed-in user. */
class AdminHeader extends Composite<HorizontalLayout> {

    private final String titleKey;
    private final AuthenticationContext authentication;

    AdminHeader(String titleKey, AuthenticationContext authentication) {
        this.titleKey = titleKey;
        this.authentication = authentication;
    }

    @Override
    protected HorizontalLayout initContent() {
        H2 heading = new H2(getTranslation(titleKey));
        heading.setId("admin-heading");
        RouterLink users = new RouterLink(getTranslation("admin.nav.users"), UsersView.class);
        RouterLink units = new RouterLink(getTranslation("admin.nav.units"), UnitsView.class);
        HorizontalLayout header =
                new HorizontalLayout(heading, users, units, new LanguageSwitch(), new SignedInUser(authentication));
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.expand(heading);
        return header;
    }
}

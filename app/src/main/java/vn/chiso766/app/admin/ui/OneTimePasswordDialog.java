package vn.chiso766.app.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** Shows a one-time password once; it is kept nowhere else, so closing the dialog is the end of it. */
class OneTimePasswordDialog extends Dialog {

    OneTimePasswordDialog(String username, String password) {
        setHeaderTitle(getTranslation("admin.user.oneTimePassword.title", username));
        Span shown = new Span(password);
        shown.setId("one-time-password");
        shown.addClassName("one-time-password");
        add(new Paragraph(getTranslation("admin.user.oneTimePassword.text")), shown);
        Button close = new Button(getTranslation("common.close"), e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        close.setId("one-time-password-close");
        getFooter().add(close);
        setCloseOnOutsideClick(false);
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                removeFromParent();
            }
        });
    }
}

package vn.chiso766.app.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import java.util.Optional;
import vn.chiso766.app.i18n.Languages;
import vn.chiso766.app.i18n.TranslatableException;

/** A service's refusal in the language of the UI that shows it. */
public final class Refusals {

    private Refusals() {}

    public static String message(Component component, TranslatableException refusal) {
        Locale locale = component
                .getUI()
                .or(() -> Optional.ofNullable(UI.getCurrent()))
                .map(UI::getLocale)
                .orElse(Languages.VIETNAMESE);
        return component.getTranslation(locale, refusal.key(), refusal.args(locale));
    }
}

package vn.chiso766.app.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import vn.chiso766.app.i18n.Languages;
import vn.chiso766.app.i18n.LocaleInitializer;

/** Switches between Vietnamese and English for the session and reloads the current view in that language. */
public class LanguageSwitch extends Composite<Button> {

    @Override
    protected Button initContent() {
        Button button = new Button(getTranslation("language.switch"), e -> switchLanguage());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setTooltipText(getTranslation("language.switch.tooltip"));
        button.setId("language-switch");
        return button;
    }

    private void switchLanguage() {
        UI ui = UI.getCurrent();
        var locale = Languages.other(ui.getLocale());
        LocaleInitializer.choose(ui.getSession(), locale);
        ui.setLocale(locale);
        ui.getPage().reload();
    }
}

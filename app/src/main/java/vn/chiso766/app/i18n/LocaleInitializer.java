package vn.chiso766.app.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Every UI opens in Vietnamese unless the user chose English in this session; the browser's language is not
 * used, because officials' machines are often set to English while they work in Vietnamese.
 */
@Component
public class LocaleInitializer implements VaadinServiceInitListener {

    private static final String SESSION_KEY = "chiso766.locale";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addUIInitListener(e -> e.getUI().setLocale(chosen(e.getUI().getSession())));
    }

    static Locale chosen(VaadinSession session) {
        Object locale = session.getAttribute(SESSION_KEY);
        return locale instanceof Locale l ? l : Languages.VIETNAMESE;
    }

    public static void choose(VaadinSession session, Locale locale) {
        session.setAttribute(SESSION_KEY, locale);
    }
}

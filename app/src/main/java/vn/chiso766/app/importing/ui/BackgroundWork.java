package vn.chiso766.app.importing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs an import's reading or writing off the UI thread, so that the page stays responsive and shows its progress
 * bar, and hands the result back through {@link UI#access}. The app has no server push, so the UI polls while the
 * work runs. The work runs as the signed-in user: services check access on the thread that calls them.
 */
final class BackgroundWork {

    static final int POLL_MILLIS = 500;

    private BackgroundWork() {}

    static <T> void start(UI ui, Supplier<T> work, Consumer<T> done, Consumer<RuntimeException> failed) {
        ui.setPollInterval(POLL_MILLIS);
        Runnable task = () -> {
            T result;
            try {
                result = work.get();
            } catch (RuntimeException e) {
                deliver(ui, () -> failed.accept(e));
                return;
            }
            deliver(ui, () -> done.accept(result));
        };
        Thread.ofVirtual()
                .name("import-", 0)
                .start(DelegatingSecurityContextRunnable.create(task, SecurityContextHolder.getContext()));
    }

    private static void deliver(UI ui, Runnable update) {
        try {
            ui.access(() -> {
                ui.setPollInterval(-1);
                update.run();
            });
        } catch (UIDetachedException e) {
            // The user left the page; the result has no one to show it to.
        }
    }
}

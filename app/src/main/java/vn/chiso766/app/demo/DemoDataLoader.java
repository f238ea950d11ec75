package vn.chiso766.app.demo;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.chiso766.db.embedded.EmbeddedMariaDb;

/**
 * Loads the demonstration district on start: by default only with the embedded database (the zero-setup demo),
 * on an external database only when {@code chiso766.demo-data.enabled=true}. Existing data is never overwritten.
 * It runs once every bean is ready and before the web server opens, so that no one sees a half-loaded district.
 */
@Component
class DemoDataLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoDataWriter writer;
    private final boolean enabled;

    DemoDataLoader(
            DemoDataWriter writer,
            ObjectProvider<EmbeddedMariaDb> embedded,
            @Value("${chiso766.demo-data.enabled:#{null}}") @Nullable Boolean enabled) {
        this.writer = writer;
        this.enabled = enabled != null ? enabled : embedded.getIfAvailable() != null;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!enabled) {
            return;
        }
        if (writer.loadIfAbsent()) {
            log.info("Loaded the demonstration district (Thành phố Tây Ninh, 2023-01 to 2024-02)");
        } else {
            log.info("Demonstration data already present; left as it is");
        }
    }
}

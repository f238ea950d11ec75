package vn.chiso766.db.embedded;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded MariaDB keeps its binaries and data, and how it is reached.
 *
 * @param baseDir unpacked MariaDB binaries; defaults to {@code ~/.chiso766/mariadb-<version>/base}
 * @param dataDir the databases; defaults to {@code ~/.chiso766/mariadb-<version>/data}
 * @param port TCP port on 127.0.0.1; 0 picks a free one at each start
 * @param database the schema created at start and used by the DataSource
 */
@ConfigurationProperties("chiso766.embedded-db")
public record EmbeddedMariaDbProperties(
        @Nullable Path baseDir,
        @Nullable Path dataDir,
        @DefaultValue("0") int port,
        @DefaultValue("chiso766") String database) {

    public EmbeddedMariaDb newServer() {
        return new EmbeddedMariaDb(
                baseDir != null ? baseDir : EmbeddedMariaDb.defaultBaseDir(),
                dataDir != null ? dataDir : EmbeddedMariaDb.defaultDataDir(),
                port,
                database);
    }
}

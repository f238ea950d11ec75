package vn.chiso766.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.chiso766.app.AppTest;
import vn.chiso766.db.unit.UnitRepository;
import vn.chiso766.db.user.UserAccountRepository;

/** Passwords are kept only as bcrypt hashes: no column of any table and no log line holds one in plain text. */
@AppTest
@ExtendWith(OutputCaptureExtension.class)
class PasswordStorageTest {

    /** Every column type of MariaDB that can hold text, binary strings included. */
    private static final List<String> TEXT_TYPES = List.of(
            "char",
            "varchar",
            "tinytext",
            "text",
            "mediumtext",
            "longtext",
            "json",
            "enum",
            "set",
            "binary",
            "varbinary",
            "tinyblob",
            "blob",
            "mediumblob",
            "longblob");

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private LoginThrottle throttle;

    private ThrowawayUsers throwaway;
    private LocalHttp http;

    @Autowired
    void setUp(UserAccountRepository users, UnitRepository units, PasswordEncoder encoder) {
        throwaway = new ThrowawayUsers(users, units, encoder);
    }

    @BeforeEach
    void startClean() {
        http = new LocalHttp(port);
        throttle.reset();
    }

    @AfterEach
    void cleanUp() {
        // The wrong password below counts against 127.0.0.1, which every test shares.
        throttle.reset();
        throwaway.deleteAll();
    }

    private record Column(String table, String column) {}

    private List<Column> textColumns() {
        String placeholders = String.join(",", TEXT_TYPES.stream().map(t -> "?").toList());
        return jdbc.query(
                "SELECT table_name, column_name FROM information_schema.columns"
                        + " WHERE table_schema = DATABASE() AND data_type IN (" + placeholders + ")",
                (rs, i) -> new Column(rs.getString(1), rs.getString(2)),
                TEXT_TYPES.toArray());
    }

    private List<Column> columnsContaining(String text) {
        return textColumns().stream()
                .filter(c -> jdbc.queryForObject(
                                "SELECT COUNT(*) FROM `" + c.table() + "` WHERE `" + c.column() + "` LIKE ?",
                                Integer.class,
                                "%" + text + "%")
                        > 0)
                .toList();
    }

    @Test
    void after_signing_in_no_text_column_of_any_table_and_no_log_line_holds_the_passwords(CapturedOutput output)
            throws Exception {
        String apiPassword = ThrowawayUsers.uniquePassword();
        String formPassword = ThrowawayUsers.uniquePassword();
        String wrongPassword = ThrowawayUsers.uniquePassword();
        String apiUser = throwaway.create("stored-api", apiPassword);
        String formUser = throwaway.create("stored-form", formPassword);

        assertThat(http.getWithBasic("/api/v1/units", apiUser, apiPassword).statusCode())
                .isNotIn(401, 429);
        assertThat(http.getWithBasic("/api/v1/units", apiUser, wrongPassword).statusCode())
                .isEqualTo(401);
        assertThat(http.signInWithForm(formUser, formPassword).headers().firstValue("Location"))
                .as("a successful form sign-in leaves the sign-in page")
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("login"));

        assertThat(textColumns())
                .as("the scan sees the user table")
                .contains(new Column("app_user", "password_hash"), new Column("app_user", "username"));
        assertThat(columnsContaining(apiUser))
                .as("the scan finds what is stored")
                .contains(new Column("app_user", "username"));
        for (String password : List.of(apiPassword, formPassword, wrongPassword)) {
            assertThat(columnsContaining(password))
                    .as("columns holding a password")
                    .isEmpty();
            assertThat(output.getAll()).doesNotContain(password);
        }
        assertThat(output.getAll())
                .doesNotContain(LocalHttp.basic(apiUser, apiPassword).substring("Basic ".length()))
                .doesNotContain(LocalHttp.basic(apiUser, wrongPassword).substring("Basic ".length()));
        assertThat(output.getAll())
                .as("the log did record the sign-ins, without the password")
                .contains("Failed sign-in for user '" + apiUser + "'");
    }

    @Test
    void every_stored_password_is_a_bcrypt_hash_tagged_with_its_algorithm() {
        throwaway.create("stored-hash", ThrowawayUsers.uniquePassword());
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT username, password_hash FROM app_user");

        assertThat(rows).hasSizeGreaterThanOrEqualTo(5);
        assertThat(rows)
                .allSatisfy(row -> assertThat((String) row.get("password_hash"))
                        .as("hash of %s", row.get("username"))
                        .startsWith("{bcrypt}$2"));
    }
}

package vn.chiso766.app.importing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import vn.chiso766.app.unit.UnitsChanged;

/**
 * The real portal snapshots beside the repository (../shared/data/portal-766, as in reporting's RealPortalData):
 * tests that need them skip on a clone without them. Also removes what importing them creates: the country (VN)
 * and everything under it, with its cards and audit rows.
 */
public final class RealPortalFiles {

    static final String FOLDER = "portal-766";

    private RealPortalFiles() {}

    public static Path file(String relativePath) {
        Optional<Path> folder = folder();
        assumeTrue(folder.isPresent(), "shared/data/" + FOLDER + " not present; skipping real-data test");
        Path file = folder.get().resolve(relativePath);
        assumeTrue(Files.isRegularFile(file), file + " not present; skipping real-data test");
        return file;
    }

    public static byte[] bytes(String relativePath) {
        try {
            return Files.readAllBytes(file(relativePath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Surefire passes shared.data.dir; an IDE run starts in the module or the repository folder instead. */
    static Optional<Path> folder() {
        String property = System.getProperty("shared.data.dir");
        return Stream.of(property, "../../shared/data", "../shared/data")
                .filter(candidate -> candidate != null && !candidate.isBlank())
                .map(candidate -> Path.of(candidate).resolve(FOLDER).normalize())
                .filter(Files::isDirectory)
                .findFirst();
    }

    /** The country and every unit under it, their cards, users and audit rows; the demo province is not under it. */
    public static void removeCountry(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        List<String> codes = jdbc.queryForList("""
                with recursive tree as (
                  select id, code from unit where code = 'VN'
                  union all
                  select u.id, u.code from unit u join tree t on u.parent_id = t.id)
                select code from tree
                """, String.class);
        if (codes.isEmpty()) {
            return;
        }
        NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);
        MapSqlParameterSource params = new MapSqlParameterSource("codes", codes);
        named.update("delete from audit_event where unit_code in (:codes)", params);
        named.update("delete s from score_card s join unit u on u.id = s.unit_id where u.code in (:codes)", params);
        named.update("delete a from app_user a join unit u on u.id = a.scope_unit_id where u.code in (:codes)", params);
        named.update("update unit set parent_id = null, successor_id = null where code in (:codes)", params);
        named.update("delete from unit where code in (:codes)", params);
        events.publishEvent(new UnitsChanged());
    }
}

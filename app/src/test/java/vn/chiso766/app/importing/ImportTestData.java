package vn.chiso766.app.importing;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chiso766.app.security.AppUser;
import vn.chiso766.app.unit.UnitsChanged;
import vn.chiso766.db.unit.UnitEntity;
import vn.chiso766.db.unit.UnitRepository;
import vn.chiso766.domain.access.Grant;
import vn.chiso766.domain.access.Role;
import vn.chiso766.domain.unit.Unit;
import vn.chiso766.domain.unit.UnitKind;

/**
 * A province of its own for import tests (province → district → wards, codes with a prefix no other run uses),
 * signed-in users scoped to it, row counts, and the removal of all of it afterwards: the test database is shared
 * and kept, and the demo district must stay as it is.
 */
public final class ImportTestData {

    public static final String HEADER = "Mã đơn vị;Tên đơn vị;Kỳ;Công khai, minh bạch (CKMB);Tiến độ giải quyết (TDGQ);"
            + "Dịch vụ công trực tuyến (ONLINE);Thanh toán trực tuyến (TTTT);Mức độ hài lòng (MDHL);"
            + "Số hóa hồ sơ (MDSH)";

    private final JdbcTemplate jdbc;
    private final UnitRepository units;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    public final String province;
    public final String district;
    private final List<String> wards = new ArrayList<>();

    private ImportTestData(ApplicationContext context, String prefix) {
        this.jdbc = new JdbcTemplate(context.getBean(DataSource.class));
        this.units = context.getBean(UnitRepository.class);
        this.transactions = context.getBean(TransactionTemplate.class);
        this.events = context;
        this.province = prefix;
        this.district = prefix + ".D";
    }

    /** A province with one district of {@code wardCount} wards, "Phường 1" … named after the prefix. */
    public static ImportTestData create(ApplicationContext context, int wardCount) {
        String prefix = "TIMP"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        ImportTestData data = new ImportTestData(context, prefix);
        data.createUnits(wardCount);
        return data;
    }

    private void createUnits(int wardCount) {
        LocalDate from = LocalDate.of(2000, 1, 1);
        transactions.executeWithoutResult(status -> {
            UnitEntity p = units.save(new UnitEntity(
                    new Unit(province, "Tỉnh thử " + province, UnitKind.PROVINCE, null, from, null), null, false));
            UnitEntity d = units.save(new UnitEntity(
                    new Unit(district, "Huyện thử " + province, UnitKind.DISTRICT, province, from, null), p, false));
            for (int i = 1; i <= wardCount; i++) {
                String code = district + ".W" + i;
                units.save(new UnitEntity(new Unit(code, wardName(i), UnitKind.WARD, district, from, null), d, false));
                wards.add(code);
            }
        });
        events.publishEvent(new UnitsChanged());
    }

    public String ward(int number) {
        return wards.get(number - 1);
    }

    public String wardName(int number) {
        return "Phường thử " + number + " " + province;
    }

    /** A CSV row of the header above, with decimal commas. */
    public String row(int ward, String period, String... groups) {
        return ward(ward) + ";" + wardName(ward) + ";" + period + ";" + String.join(";", groups);
    }

    public static byte[] csv(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    public static void signInAs(Role role, String scope) {
        AppUser user = new AppUser(
                "import-test-" + role.name().toLowerCase(), "Import test", "", new Grant(role, scope), true, false);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }

    public long cards() {
        return count("select count(*) from score_card");
    }

    public long unitsCount() {
        return count("select count(*) from unit");
    }

    public long auditRows() {
        return count("select count(*) from audit_event");
    }

    public long cardsOfProvince() {
        return count("select count(*) from score_card s join unit u on u.id = s.unit_id where u.code like '" + province
                + "%'");
    }

    private long count(String sql) {
        Long count = jdbc.queryForObject(sql, Long.class);
        return count == null ? 0 : count;
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    public void removeAll() {
        remove(jdbc, events, province + "%");
    }

    /** Cards, audit rows, users and units whose code is like the pattern (children before parents). */
    static void remove(JdbcTemplate jdbc, ApplicationEventPublisher events, String like) {
        jdbc.update("delete from audit_event where unit_code like ? or entity_key like ?", like, like);
        jdbc.update("delete s from score_card s join unit u on u.id = s.unit_id where u.code like ?", like);
        jdbc.update("delete a from app_user a join unit u on u.id = a.scope_unit_id where u.code like ?", like);
        jdbc.update("update unit set successor_id = null, parent_id = null where code like ?", like);
        jdbc.update("delete from unit where code like ?", like);
        events.publishEvent(new UnitsChanged());
    }
}

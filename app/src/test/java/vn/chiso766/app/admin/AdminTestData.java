package vn.chiso766.app.admin;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.chiso766.app.unit.UnitsChanged;
import vn.chiso766.db.audit.AuditEventEntity;
import vn.chiso766.db.audit.AuditEventRepository;

/**
 * Unique names for the rows a test creates, and their removal afterwards: the test database is shared by every
 * test and kept between runs. Units are never deleted by the product, so only tests do it, here.
 */
public final class AdminTestData {

    private final JdbcTemplate jdbc;
    private final AuditEventRepository audit;
    private final ApplicationEventPublisher events;

    private AdminTestData(DataSource dataSource, AuditEventRepository audit, ApplicationEventPublisher events) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.audit = audit;
        this.events = events;
    }

    public static AdminTestData of(ApplicationContext context) {
        return new AdminTestData(
                context.getBean(DataSource.class), context.getBean(AuditEventRepository.class), context);
    }

    /** A prefix no other test run uses; user names are lower case, unit codes upper case. */
    public static String uniquePrefix() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    public List<AuditEventEntity> auditOf(String entityType, String entityKey) {
        return audit
                .findAll((root, query, cb) -> cb.and(
                        cb.equal(root.get("entityType"), entityType), cb.equal(root.get("entityKey"), entityKey)))
                .stream()
                .sorted(Comparator.comparing(AuditEventEntity::getId))
                .toList();
    }

    public void removeUsers(String prefix) {
        jdbc.update("delete from audit_event where entity_type = 'user' and entity_key like ?", prefix + "%");
        jdbc.update("delete from app_user where username like ?", prefix + "%");
    }

    public void removeUnits(String prefix) {
        String like = prefix.toUpperCase() + "%";
        jdbc.update("delete from audit_event where entity_type = 'unit' and entity_key like ?", like);
        jdbc.update("delete s from score_card s join unit u on u.id = s.unit_id where u.code like ?", like);
        jdbc.update("delete a from app_user a join unit u on u.id = a.scope_unit_id where u.code like ?", like);
        jdbc.update("update unit set successor_id = null, parent_id = null where code like ?", like);
        jdbc.update("delete from unit where code like ?", like);
        events.publishEvent(new UnitsChanged());
    }
}

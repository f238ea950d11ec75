package vn.chiso766.app.intake;

import javax.sql.DataSource;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows an intake test writes for a unit and month, counted and removed again. Tests use months long before the
 * demonstration data (2001–2009), so the rankings and pickers of other tests never see them.
 */
public final class IntakeData {

    private final JdbcTemplate jdbc;

    private IntakeData(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    public static IntakeData of(ApplicationContext context) {
        return new IntakeData(context.getBean(DataSource.class));
    }

    public int reports(String unitCode, String period) {
        return count("monthly_report", unitCode, period);
    }

    public int cards(String unitCode, String period) {
        return count("score_card", unitCode, period);
    }

    public int auditEntries(String unitCode, String period) {
        Integer n = jdbc.queryForObject(
                "select count(*) from audit_event where entity_key = ?", Integer.class, unitCode + "/" + period);
        return n == null ? 0 : n;
    }

    public String auditSource(String entityType, String unitCode, String period) {
        return jdbc.queryForObject(
                "select concat(source, ' ', coalesce(source_sha256, '')) from audit_event"
                        + " where entity_type = ? and entity_key = ? order by id desc limit 1",
                String.class,
                entityType,
                unitCode + "/" + period);
    }

    public void remove(String unitCode, String period) {
        jdbc.update("delete from audit_event where entity_key = ?", unitCode + "/" + period);
        jdbc.update(
                "delete r from monthly_report r join unit u on u.id = r.unit_id where u.code = ? and r.period = ?",
                unitCode,
                period);
        jdbc.update(
                "delete s from score_card s join unit u on u.id = s.unit_id where u.code = ? and s.period = ?",
                unitCode,
                period);
    }

    private int count(String table, String unitCode, String period) {
        Integer n = jdbc.queryForObject(
                "select count(*) from " + table
                        + " t join unit u on u.id = t.unit_id where u.code = ? and t.period = ?",
                Integer.class,
                unitCode,
                period);
        return n == null ? 0 : n;
    }
}

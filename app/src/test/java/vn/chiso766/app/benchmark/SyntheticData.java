package vn.chiso766.app.benchmark;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.chiso766.domain.period.Period;

/**
 * Synthetic units and monthly score cards written straight through JDBC (tens of thousands of rows in seconds),
 * under a root unit of their own so that they can be removed afterwards without touching other data.
 */
final class SyntheticData {

    static final String ROOT = "BENCH";
    private static final String[] GROUPS = {"CKMB", "TDGQ", "ONLINE", "TTTT", "MDHL", "MDSH"};
    private static final int[] MAXIMA = {18, 20, 12, 10, 18, 22};

    private final JdbcTemplate jdbc;

    SyntheticData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A parent unit {@code ROOT.name} with {@code units} children, each with a card for every month. */
    String scope(String name, int units, Period.Month last, int months) {
        ensureRoot();
        String scope = ROOT + "." + name;
        insertUnit(scope, "Địa bàn thử " + name, "PROVINCE", ROOT);
        Long parentId = jdbc.queryForObject("select id from unit where code = ?", Long.class, scope);
        List<Object[]> children = new ArrayList<>();
        for (int i = 1; i <= units; i++) {
            children.add(new Object[] {scope + "." + i, "Xã thử " + name + " số " + i, "COMMUNE", parentId});
        }
        // Plain values: the driver's bulk protocol does not take INSERT … SELECT in a batch.
        jdbc.batchUpdate(
                "insert into unit (code, name, kind, parent_id, valid_from, demo, version)"
                        + " values (?, ?, ?, ?, '2000-01-01', false, 0)",
                children);
        Period.Month month = last;
        for (int m = 0; m < months; m++, month = month.previous()) {
            jdbc.update(
                    "insert into score_card (unit_id, period, period_kind, total, source, demo, version)"
                            + " select u.id, ?, 'MONTH', 0, 'benchmark', true, 0 from unit u"
                            + " join unit p on p.id = u.parent_id where p.code = ?",
                    month.code(),
                    scope);
        }
        for (int g = 0; g < GROUPS.length; g++) {
            // Deterministic spread of attainment between 40 % and 100 %, different per unit, month and group.
            jdbc.update(
                    "insert into score_card_group (score_card_id, criterion_code, points)"
                            + " select s.id, ?, round(? * (0.4 + mod(s.id * ? + u.id * 31, 601) / 1000), 2)"
                            + " from score_card s join unit u on u.id = s.unit_id join unit p on p.id = u.parent_id"
                            + " where p.code = ?",
                    GROUPS[g],
                    MAXIMA[g],
                    7919 + g * 104729,
                    scope);
        }
        jdbc.update(
                "update score_card s join unit u on u.id = s.unit_id join unit p on p.id = u.parent_id"
                        + " set s.total = (select sum(points) from score_card_group g where g.score_card_id = s.id)"
                        + " where p.code = ?",
                scope);
        return scope;
    }

    private void ensureRoot() {
        Integer exists = jdbc.queryForObject("select count(*) from unit where code = ?", Integer.class, ROOT);
        if (exists == null || exists == 0) {
            jdbc.update(
                    "insert into unit (code, name, kind, parent_id, valid_from, demo, version)"
                            + " values (?, 'Dữ liệu đo hiệu năng', 'COUNTRY', null, ?, false, 0)",
                    ROOT,
                    Date.valueOf(LocalDate.of(2000, 1, 1)));
        }
    }

    private void insertUnit(String code, String name, String kind, String parent) {
        jdbc.update(
                "insert into unit (code, name, kind, parent_id, valid_from, demo, version)"
                        + " select ?, ?, ?, id, '2000-01-01', false, 0 from unit where code = ?",
                code,
                name,
                kind,
                parent);
    }

    /** Removes everything under ROOT, deepest first. */
    void removeAll() {
        String under = ROOT + ".%";
        jdbc.update(
                "delete g from score_card_group g join score_card s on s.id = g.score_card_id"
                        + " join unit u on u.id = s.unit_id where u.code like ?",
                under);
        jdbc.update("delete s from score_card s join unit u on u.id = s.unit_id where u.code like ?", under);
        jdbc.update(
                "delete from unit where code like ? and code not in"
                        + " (select code from (select p.code from unit c join unit p on p.id = c.parent_id) x)",
                under);
        jdbc.update("delete from unit where code like ?", under);
        jdbc.update("delete from unit where code = ?", ROOT);
    }
}

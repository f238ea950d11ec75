package vn.chiso766.db.score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads the cards of a scope's children for some periods in one SQL query, without entities: rankings of
 * thousands of units over many months would otherwise spend most of their time building Hibernate objects
 * (measured: 353 ms for 3,321 units with JPA, see the README's benchmark).
 */
@Repository
public class RankingCardReader {

    private static final String SQL = """
            select u.code, s.id, s.period, s.demo, s.stated_total, s.stated_change, g.criterion_code, g.points
              from score_card s
              join unit u on u.id = s.unit_id
              join unit p on p.id = u.parent_id
              left join score_card_group g on g.score_card_id = s.id
              left join monthly_report r on r.unit_id = s.unit_id and r.period = s.period
             where p.code = :scope and s.period in (:periods) and %s
             order by s.id
            """;

    /**
     * A card counts when it has no report (portal scores, spreadsheet rows) or its report is approved; a
     * submitted report counts only when asked for; a draft never does.
     */
    static final String COUNTED =
            "(r.id is null or r.status = 'APPROVED'" + " or (:includeSubmitted and r.status = 'SUBMITTED'))";

    private final NamedParameterJdbcTemplate jdbc;

    RankingCardReader(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Each child's stored total (the sum of its groups) per period: all a trend needs, without group rows. */
    public List<TotalRow> totalsOfChildren(String scopeCode, Collection<String> periods, boolean includeSubmitted) {
        return jdbc.query(
                """
                select u.code, s.period, s.total from score_card s
                  join unit u on u.id = s.unit_id join unit p on p.id = u.parent_id
                  left join monthly_report r on r.unit_id = s.unit_id and r.period = s.period
                 where p.code = :scope and s.period in (:periods) and %s
                """.formatted(COUNTED),
                Map.of("scope", scopeCode, "periods", periods, "includeSubmitted", includeSubmitted),
                (rs, i) -> new TotalRow(rs.getString(1), rs.getString(2), rs.getBigDecimal(3)));
    }

    public List<CardRow> cardsOfChildren(String scopeCode, Collection<String> periods, boolean includeSubmitted) {
        List<CardRow> cards = new ArrayList<>();
        Map<String, Object> parameters =
                Map.of("scope", scopeCode, "periods", periods, "includeSubmitted", includeSubmitted);
        jdbc.query(SQL.formatted(COUNTED), parameters, rs -> {
            long current = -1;
            Map<String, BigDecimal> groups = null;
            String unit = null;
            String period = null;
            boolean demo = false;
            BigDecimal statedTotal = null;
            BigDecimal statedChange = null;
            while (rs.next()) {
                long id = rs.getLong(2);
                if (id != current) {
                    if (groups != null) {
                        cards.add(new CardRow(unit, period, demo, groups, statedTotal, statedChange));
                    }
                    current = id;
                    unit = rs.getString(1);
                    period = rs.getString(3);
                    demo = rs.getBoolean(4);
                    statedTotal = rs.getBigDecimal(5);
                    statedChange = rs.getBigDecimal(6);
                    groups = new LinkedHashMap<>();
                }
                String code = rs.getString(7);
                if (code != null) {
                    groups.put(code, rs.getBigDecimal(8));
                }
            }
            if (groups != null) {
                cards.add(new CardRow(unit, period, demo, groups, statedTotal, statedChange));
            }
            return null;
        });
        return cards;
    }
}

package vn.chiso766.db.score;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ScoreCardRepository extends JpaRepository<ScoreCardEntity, Long> {

    /** The cards of the children of a scope for the given periods, with their units, in one query. */
    @Query("""
            select distinct s from ScoreCardEntity s
              join fetch s.unit u
              left join fetch s.groups
            where u.parent.code = :scopeCode and s.period in :periods
            """)
    List<ScoreCardEntity> findForChildrenOf(
            @Param("scopeCode") String scopeCode, @Param("periods") Collection<String> periods);

    /** The stored cards an import would replace: any of these units in any of these periods, in one query. */
    @Query("""
            select distinct s from ScoreCardEntity s
              join fetch s.unit u
              left join fetch s.groups
            where u.code in :unitCodes and s.period in :periods
            """)
    List<ScoreCardEntity> findForUnitsAndPeriods(
            @Param("unitCodes") Collection<String> unitCodes, @Param("periods") Collection<String> periods);

    @Query("select s from ScoreCardEntity s join fetch s.unit u where u.code = :unitCode and s.period = :period")
    Optional<ScoreCardEntity> findByUnitAndPeriod(@Param("unitCode") String unitCode, @Param("period") String period);

    /**
     * The latest month in which some child of the scope has a card that rankings count: one without a report, or
     * whose report is approved (a draft or a submitted report waits for the office).
     */
    @Query("""
            select max(s.period) from ScoreCardEntity s
            where s.unit.parent.code = :scopeCode
              and s.periodKind = vn.chiso766.domain.period.PeriodKind.MONTH
              and not exists (
                select r.id from vn.chiso766.db.report.MonthlyReportEntity r
                where r.unit = s.unit and r.period = s.period
                  and r.status <> vn.chiso766.domain.report.ReportStatus.APPROVED)
            """)
    Optional<String> findLatestMonth(@Param("scopeCode") String scopeCode);

    /** The parent of the unit with the most recent monthly card: a sensible scope when none is chosen. */
    @Query("""
            select p.code from ScoreCardEntity s join s.unit u join u.parent p
            where s.periodKind = vn.chiso766.domain.period.PeriodKind.MONTH
            order by s.period desc, p.code
            limit 1
            """)
    Optional<String> findMostRecentScope();

    @Query("""
            select distinct s.period from ScoreCardEntity s
            where s.unit.parent.code = :scopeCode
              and s.periodKind = vn.chiso766.domain.period.PeriodKind.MONTH
            order by s.period desc
            """)
    List<String> findMonthsForChildrenOf(@Param("scopeCode") String scopeCode);

    @Query("""
            select distinct s.period from ScoreCardEntity s
            where s.unit.parent.code = :scopeCode
              and s.periodKind <> vn.chiso766.domain.period.PeriodKind.MONTH
            """)
    List<String> findStoredAggregatePeriods(@Param("scopeCode") String scopeCode);

    @Query("""
            select distinct s from ScoreCardEntity s join fetch s.unit u left join fetch s.groups
            where u.code = :unitCode and s.periodKind = vn.chiso766.domain.period.PeriodKind.MONTH
            order by s.period
            """)
    List<ScoreCardEntity> findMonthsOfUnit(@Param("unitCode") String unitCode);
}

package vn.chiso766.db.report;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MonthlyReportRepository extends JpaRepository<MonthlyReportEntity, Long> {

    @Query("select r from MonthlyReportEntity r join fetch r.unit u where u.code = :unitCode and r.period = :period")
    Optional<MonthlyReportEntity> findByUnitAndPeriod(
            @Param("unitCode") String unitCode, @Param("period") String period);

    /** The status of every report of the children of a scope for some periods, without loading the reports. */
    @Query("""
            select new vn.chiso766.db.report.ReportStatusRow(u.code, r.period, r.status)
            from MonthlyReportEntity r join r.unit u
            where u.parent.code = :scopeCode and r.period in :periods
            """)
    List<ReportStatusRow> findStatusesForChildrenOf(
            @Param("scopeCode") String scopeCode, @Param("periods") Collection<String> periods);
}

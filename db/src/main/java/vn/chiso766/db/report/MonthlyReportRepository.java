package vn.chiso766.db.report;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MonthlyReportRepository extends JpaRepository<MonthlyReportEntity, Long> {

    @Query("select r from MonthlyReportEntity r join fetch r.unit u where u.code = :unitCode and r.period = :period")
    Optional<MonthlyReportEntity> findByUnitAndPeriod(
            @Param("unitCode") String unitCode, @Param("period") String period);
}

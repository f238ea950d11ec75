package vn.chiso766.db.score;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import vn.chiso766.domain.score.OperationalFigures;

@Embeddable
public class FiguresEmbeddable {

    private @Nullable Integer dossiers;

    @Column(name = "overdue_on_portal")
    private @Nullable Integer overdueOnPortal;

    @Column(name = "overdue_on_one_stop")
    private @Nullable Integer overdueOnOneStop;

    @Column(name = "online_submission_rate", precision = 5, scale = 2)
    private @Nullable BigDecimal onlineSubmissionRate;

    @Column(name = "satisfaction_rate", precision = 5, scale = 2)
    private @Nullable BigDecimal satisfactionRate;

    @Column(name = "electronic_result_rate", precision = 5, scale = 2)
    private @Nullable BigDecimal electronicResultRate;

    @Column(name = "synchronised_rate", precision = 5, scale = 2)
    private @Nullable BigDecimal synchronisedRate;

    @Column(name = "electronic_certified_copies")
    private @Nullable Integer electronicCertifiedCopies;

    @Column(name = "online_payments")
    private @Nullable Integer onlinePayments;

    // Hibernate leaves an embeddable null when all its columns are null.
    static final FiguresEmbeddable EMPTY = new FiguresEmbeddable();

    protected FiguresEmbeddable() {}

    FiguresEmbeddable(OperationalFigures f) {
        dossiers = f.dossiers();
        overdueOnPortal = f.overdueOnPortal();
        overdueOnOneStop = f.overdueOnOneStop();
        onlineSubmissionRate = f.onlineSubmissionRate();
        satisfactionRate = f.satisfactionRate();
        electronicResultRate = f.electronicResultRate();
        synchronisedRate = f.synchronisedRate();
        electronicCertifiedCopies = f.electronicCertifiedCopies();
        onlinePayments = f.onlinePayments();
    }

    OperationalFigures toDomain() {
        return new OperationalFigures(
                dossiers,
                overdueOnPortal,
                overdueOnOneStop,
                onlineSubmissionRate,
                satisfactionRate,
                electronicResultRate,
                synchronisedRate,
                electronicCertifiedCopies,
                onlinePayments);
    }
}

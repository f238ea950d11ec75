package vn.chiso766.db.report;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import vn.chiso766.db.unit.UnitEntity;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.report.MonthlyReport;
import vn.chiso766.domain.report.ReportStatus;
import vn.chiso766.domain.report.Signer;

@Entity
@Table(name = "monthly_report")
public class MonthlyReportEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private UnitEntity unit;

    @Column(nullable = false, length = 7)
    private String period;

    @Column(name = "issuing_body", nullable = false)
    private String issuingBody;

    @Column(nullable = false, length = 64)
    private String number;

    @Column(nullable = false, length = 128)
    private String place;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(name = "publication_link", length = 1000)
    private @Nullable String publicationLink;

    @Column(name = "signer_authority", nullable = false, length = 128)
    private String signerAuthority;

    @Column(name = "signer_position", nullable = false, length = 128)
    private String signerPosition;

    @Column(name = "signer_name", nullable = false, length = 128)
    private String signerName;

    @Column(name = "named_lowest_group", length = 16)
    private @Nullable String namedLowestGroup;

    @Column(name = "named_highest_group", length = 16)
    private @Nullable String namedHighestGroup;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private ReportStatus status;

    @ElementCollection
    @CollectionTable(name = "report_cause", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false, length = 4000)
    private List<String> causes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "report_measure", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    private List<MeasureEmbeddable> measures = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "report_recipient", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false, length = 500)
    private List<String> recipients = new ArrayList<>();

    /** Why the office returned the report to the ward; cleared when the ward submits it again. */
    @Column(name = "return_comment", length = 1000)
    private @Nullable String returnComment;

    @Column(nullable = false)
    private boolean demo;

    @Version
    private long version;

    protected MonthlyReportEntity() {}

    public MonthlyReportEntity(UnitEntity unit, MonthlyReport report, boolean demo) {
        this.unit = unit;
        this.period = report.period().code();
        this.demo = demo;
        update(report);
    }

    public final void update(MonthlyReport report) {
        issuingBody = report.issuingBody();
        number = report.number();
        place = report.place();
        issuedOn = report.issuedOn();
        title = report.title();
        publicationLink = report.publicationLink();
        signerAuthority = report.signer().authority();
        signerPosition = report.signer().position();
        signerName = report.signer().name();
        namedLowestGroup = report.namedLowestGroup();
        namedHighestGroup = report.namedHighestGroup();
        status = report.status();
        causes.clear();
        causes.addAll(report.causes());
        measures.clear();
        report.measures().forEach(m -> measures.add(new MeasureEmbeddable(m)));
        recipients.clear();
        recipients.addAll(report.recipients());
    }

    public MonthlyReport toDomain() {
        return new MonthlyReport(
                unit.getCode(),
                (Period.Month) Period.parse(period),
                issuingBody,
                number,
                place,
                issuedOn,
                title,
                causes,
                measures.stream().map(MeasureEmbeddable::toDomain).toList(),
                publicationLink,
                recipients,
                new Signer(signerAuthority, signerPosition, signerName),
                namedLowestGroup,
                namedHighestGroup,
                status);
    }

    public Long getId() {
        return id;
    }

    public UnitEntity getUnit() {
        return unit;
    }

    public boolean isDemo() {
        return demo;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public void setStatus(ReportStatus status) {
        this.status = status;
    }

    public @Nullable String getReturnComment() {
        return returnComment;
    }

    public void setReturnComment(@Nullable String returnComment) {
        this.returnComment = returnComment;
    }

    /** The optimistic-lock version, which an edit form carries so that a stale save can be refused. */
    public long getVersion() {
        return version;
    }
}

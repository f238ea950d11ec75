package vn.chiso766.app.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.report.MonthlyReport;
import vn.chiso766.domain.report.ReportStatus;
import vn.chiso766.domain.report.Signer;
import vn.chiso766.domain.score.GroupScores;
import vn.chiso766.domain.score.ScoreCard;

/**
 * A monthly report and its score card as the entry form edits them. It carries the versions of the stored report
 * and card it was loaded from, so that saving over someone else's newer save is refused (optimistic locking).
 */
public class ReportForm {

    private final String unitCode;
    private final String unitName;
    private final Period.Month period;
    private @Nullable ReportStatus status;
    private @Nullable String returnComment;
    private @Nullable Long reportVersion;
    private @Nullable Long cardVersion;
    private @Nullable BigDecimal previousTotal;
    private final Map<String, BigDecimal> groups = new LinkedHashMap<>();
    private final Map<Figure, BigDecimal> figures = new EnumMap<>(Figure.class);
    private String issuingBody = "";
    private String number = "";
    private String place = "";
    private @Nullable LocalDate issuedOn;
    private String title = "";
    private List<String> causes = new ArrayList<>();
    private List<MeasureForm> measures = new ArrayList<>();
    private @Nullable String publicationLink;
    private List<String> recipients = new ArrayList<>();
    private String signerAuthority = "";
    private String signerPosition = "";
    private String signerName = "";
    private @Nullable String namedLowestGroup;
    private @Nullable String namedHighestGroup;

    public ReportForm(String unitCode, String unitName, Period.Month period) {
        this.unitCode = unitCode;
        this.unitName = unitName;
        this.period = period;
    }

    /** Fills the form from a stored report and card (either may be absent). */
    void fill(@Nullable MonthlyReport report, @Nullable ScoreCard card) {
        if (card != null) {
            groups.putAll(card.groups().points());
            figures.putAll(Figure.of(card.figures()));
        }
        if (report != null) {
            status = report.status();
            fillText(report);
        }
    }

    /** The wording of a report (header, lists, signature), also used to start a month from the previous one. */
    void fillText(MonthlyReport report) {
        issuingBody = report.issuingBody();
        number = report.number();
        place = report.place();
        issuedOn = report.issuedOn();
        title = report.title();
        causes = new ArrayList<>(report.causes());
        measures =
                new ArrayList<>(report.measures().stream().map(MeasureForm::of).toList());
        publicationLink = report.publicationLink();
        recipients = new ArrayList<>(report.recipients());
        signerAuthority = report.signer().authority();
        signerPosition = report.signer().position();
        signerName = report.signer().name();
        namedLowestGroup = report.namedLowestGroup();
        namedHighestGroup = report.namedHighestGroup();
    }

    MonthlyReport toReport(ReportStatus newStatus) {
        return new MonthlyReport(
                unitCode,
                period,
                issuingBody.strip(),
                number.strip(),
                place.strip(),
                issuedOn == null ? period.next().yearMonth().atDay(1) : issuedOn,
                title.strip(),
                causes.stream().map(String::strip).filter(c -> !c.isEmpty()).toList(),
                measures.stream()
                        .filter(m -> !m.getText().isBlank())
                        .map(MeasureForm::toMeasure)
                        .toList(),
                publicationLink == null || publicationLink.isBlank() ? null : publicationLink.strip(),
                recipients.stream().map(String::strip).filter(r -> !r.isEmpty()).toList(),
                new Signer(signerAuthority.strip(), signerPosition.strip(), signerName.strip()),
                namedLowestGroup,
                namedHighestGroup,
                newStatus);
    }

    /** The card as entered: its total is the sum of the groups, and the change is against last month's card. */
    ScoreCard toCard() {
        GroupScores scores = new GroupScores(groups);
        BigDecimal change = previousTotal == null ? null : scores.total().subtract(previousTotal);
        return new ScoreCard(unitCode, period, scores, Figure.toFigures(figures), scores.total(), change);
    }

    public BigDecimal total() {
        return new GroupScores(groups).total();
    }

    public String getUnitCode() {
        return unitCode;
    }

    public String getUnitName() {
        return unitName;
    }

    public Period.Month getPeriod() {
        return period;
    }

    public @Nullable ReportStatus getStatus() {
        return status;
    }

    void setStatus(@Nullable ReportStatus status) {
        this.status = status;
    }

    public @Nullable String getReturnComment() {
        return returnComment;
    }

    void setReturnComment(@Nullable String returnComment) {
        this.returnComment = returnComment;
    }

    public @Nullable Long getReportVersion() {
        return reportVersion;
    }

    public @Nullable Long getCardVersion() {
        return cardVersion;
    }

    /** After a save the form goes on from what was written: its versions, status and the office's comment. */
    public void applySaved(SavedReport saved) {
        reportVersion = saved.reportVersion();
        cardVersion = saved.cardVersion();
        status = saved.status();
        returnComment = saved.returnComment();
    }

    /** Sets the versions the form was loaded with. */
    public void setVersions(@Nullable Long reportVersion, @Nullable Long cardVersion) {
        this.reportVersion = reportVersion;
        this.cardVersion = cardVersion;
    }

    public @Nullable BigDecimal getPreviousTotal() {
        return previousTotal;
    }

    void setPreviousTotal(@Nullable BigDecimal previousTotal) {
        this.previousTotal = previousTotal;
    }

    public @Nullable BigDecimal getGroup(String code) {
        return groups.get(code);
    }

    public void setGroup(String code, @Nullable BigDecimal points) {
        if (points == null) {
            groups.remove(code);
        } else {
            groups.put(code, points);
        }
    }

    public Map<String, BigDecimal> getGroups() {
        return Map.copyOf(groups);
    }

    public @Nullable BigDecimal getFigure(Figure figure) {
        return figures.get(figure);
    }

    public void setFigure(Figure figure, @Nullable BigDecimal value) {
        if (value == null) {
            figures.remove(figure);
        } else {
            figures.put(figure, value);
        }
    }

    public String getIssuingBody() {
        return issuingBody;
    }

    public void setIssuingBody(String issuingBody) {
        this.issuingBody = issuingBody;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public @Nullable LocalDate getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(@Nullable LocalDate issuedOn) {
        this.issuedOn = issuedOn;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public List<String> getCauses() {
        return causes;
    }

    public void setCauses(List<String> causes) {
        this.causes = new ArrayList<>(causes);
    }

    public List<MeasureForm> getMeasures() {
        return measures;
    }

    public void setMeasures(List<MeasureForm> measures) {
        this.measures = new ArrayList<>(measures);
    }

    public @Nullable String getPublicationLink() {
        return publicationLink;
    }

    public void setPublicationLink(@Nullable String publicationLink) {
        this.publicationLink = publicationLink;
    }

    public List<String> getRecipients() {
        return recipients;
    }

    public void setRecipients(List<String> recipients) {
        this.recipients = new ArrayList<>(recipients);
    }

    public String getSignerAuthority() {
        return signerAuthority;
    }

    public void setSignerAuthority(String signerAuthority) {
        this.signerAuthority = signerAuthority;
    }

    public String getSignerPosition() {
        return signerPosition;
    }

    public void setSignerPosition(String signerPosition) {
        this.signerPosition = signerPosition;
    }

    public String getSignerName() {
        return signerName;
    }

    public void setSignerName(String signerName) {
        this.signerName = signerName;
    }
}

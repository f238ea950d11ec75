package vn.chiso766.app.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.report.MonthlyReport;
import vn.chiso766.domain.unit.Unit;

/**
 * How a new month's report starts: the wording of the unit's previous report (issuing body, place, recipients,
 * signature) when there is one, else the seed's layout for this unit; the title and number are the month's own.
 */
final class ReportTemplate {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private ReportTemplate() {}

    static void start(ReportForm form, Unit unit, @Nullable MonthlyReport previous, LocalDate today) {
        if (previous != null) {
            form.fillText(previous);
            form.setCauses(List.of());
            form.setMeasures(List.of());
            form.setPublicationLink(previous.publicationLink());
        } else {
            form.setIssuingBody("ỦY BAN NHÂN DÂN " + unit.name().toUpperCase(VIETNAMESE));
            form.setPlace(unit.name().replaceFirst("^(Phường|Xã|Thị trấn|Đặc khu) ", ""));
            form.setRecipients(List.of("Phòng Nội vụ;", "Lưu: VT."));
            form.setSignerAuthority("KT. CHỦ TỊCH");
            form.setSignerPosition("PHÓ CHỦ TỊCH");
        }
        Period.Month month = form.getPeriod();
        form.setNumber("…/BC-UBND");
        form.setIssuedOn(today);
        form.setTitle("Kết quả bộ chỉ số phục vụ người dân, doanh nghiệp tháng %02d/%d trên địa bàn %s"
                .formatted(month.yearMonth().getMonthValue(), month.year(), lowerKind(unit.name())));
    }

    private static String lowerKind(String name) {
        return name.replaceFirst("^Phường", "phường")
                .replaceFirst("^Xã", "xã")
                .replaceFirst("^Thị trấn", "thị trấn")
                .replaceFirst("^Đặc khu", "đặc khu");
    }
}

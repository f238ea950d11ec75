package vn.chiso766.app.intake;

import java.math.BigDecimal;
import java.util.List;
import vn.chiso766.domain.report.MeasureStatus;

/** Entry forms filled with the seed's group scores (total 84,1) and a cause, a measure and a signer. */
public final class EntryForms {

    private EntryForms() {}

    public static ReportForm filled(ReportForm form) {
        String[][] groups = {
            {"CKMB", "16.7"}, {"TDGQ", "19.4"}, {"ONLINE", "7.3"}, {"TTTT", "4.9"}, {"MDHL", "18"}, {"MDSH", "17.8"}
        };
        for (String[] g : groups) {
            form.setGroup(g[0], new BigDecimal(g[1]));
        }
        form.setFigure(Figure.DOSSIERS, BigDecimal.valueOf(180));
        form.setFigure(Figure.ELECTRONIC_RESULT_RATE, new BigDecimal("96.21"));
        form.setCauses(List.of("Một số thủ tục hành chính chưa được công khai kịp thời."));
        MeasureForm measure = new MeasureForm();
        measure.setText("Hướng dẫn người dân thanh toán phí, lệ phí trực tuyến.");
        measure.setTargetCriterion("TTTT");
        measure.setResponsible("Bộ phận Một cửa");
        measure.setDueDate(form.getPeriod().next().yearMonth().atEndOfMonth());
        measure.setStatus(MeasureStatus.IN_PROGRESS);
        form.setMeasures(List.of(measure));
        form.setSignerName("Nguyễn Văn Minh");
        return form;
    }
}

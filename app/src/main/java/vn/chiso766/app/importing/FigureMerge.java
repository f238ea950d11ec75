package vn.chiso766.app.importing;

import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import vn.chiso766.domain.score.OperationalFigures;
import vn.chiso766.reporting.spreadsheet.SheetField;

/**
 * A file without a figure's column says nothing about that figure, so the stored one stays; a column that is there
 * but blank clears it.
 */
final class FigureMerge {

    private FigureMerge() {}

    static OperationalFigures merge(OperationalFigures incoming, OperationalFigures stored, Predicate<SheetField> has) {
        return new OperationalFigures(
                pick(has, SheetField.DOSSIERS, incoming.dossiers(), stored.dossiers()),
                pick(has, SheetField.OVERDUE_ON_PORTAL, incoming.overdueOnPortal(), stored.overdueOnPortal()),
                pick(has, SheetField.OVERDUE_ON_ONE_STOP, incoming.overdueOnOneStop(), stored.overdueOnOneStop()),
                pick(
                        has,
                        SheetField.ONLINE_SUBMISSION_RATE,
                        incoming.onlineSubmissionRate(),
                        stored.onlineSubmissionRate()),
                pick(has, SheetField.SATISFACTION_RATE, incoming.satisfactionRate(), stored.satisfactionRate()),
                pick(
                        has,
                        SheetField.ELECTRONIC_RESULT_RATE,
                        incoming.electronicResultRate(),
                        stored.electronicResultRate()),
                pick(has, SheetField.SYNCHRONISED_RATE, incoming.synchronisedRate(), stored.synchronisedRate()),
                pick(
                        has,
                        SheetField.ELECTRONIC_CERTIFIED_COPIES,
                        incoming.electronicCertifiedCopies(),
                        stored.electronicCertifiedCopies()),
                pick(has, SheetField.ONLINE_PAYMENTS, incoming.onlinePayments(), stored.onlinePayments()));
    }

    private static <T> @Nullable T pick(
            Predicate<SheetField> has, SheetField field, @Nullable T incoming, @Nullable T stored) {
        return has.test(field) ? incoming : stored;
    }
}

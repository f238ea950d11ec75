package vn.chiso766.reporting.spreadsheet;

/** A file-level problem that stops reading; carried out of the readers as an exception, returned as a problem. */
final class SheetProblemException extends RuntimeException {

    private final SheetProblem problem;

    SheetProblemException(SheetProblem problem) {
        super(problem.kind().name(), null, false, false);
        this.problem = problem;
    }

    SheetProblem problem() {
        return problem;
    }
}

package vn.chiso766.app.importing;

import java.util.List;

/** A file read by one of the sources: its rows as candidates, its own problems and the units it needs created. */
record ParsedFile(
        List<Candidate> candidates, List<ImportIssue> fileIssues, List<vn.chiso766.domain.unit.Unit> unitsToCreate) {

    ParsedFile {
        candidates = List.copyOf(candidates);
        fileIssues = List.copyOf(fileIssues);
        unitsToCreate = List.copyOf(unitsToCreate);
    }

    static ParsedFile refused(ImportIssue issue) {
        return new ParsedFile(List.of(), List.of(issue), List.of());
    }
}

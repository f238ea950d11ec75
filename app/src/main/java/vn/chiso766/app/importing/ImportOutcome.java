package vn.chiso766.app.importing;

import java.util.List;

/** A committed import: what was written (the preview's counts) and the rankings it changed. */
public record ImportOutcome(ImportPreview preview, List<AffectedRanking> affected) {

    public ImportOutcome {
        affected = List.copyOf(affected);
    }

    public ImportCounts counts() {
        return preview.counts();
    }
}

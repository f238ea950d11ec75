package vn.chiso766.app.importing;

/** How many rows of each status, how many problems, and how many units the import creates. */
public record ImportCounts(
        int rows, int created, int changed, int unchanged, int errorRows, int errors, int warnings, int unitsCreated) {}

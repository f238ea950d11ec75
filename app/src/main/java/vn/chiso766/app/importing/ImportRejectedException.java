package vn.chiso766.app.importing;

/** A commit refused because the file has errors; nothing was written. The preview says what is wrong. */
public class ImportRejectedException extends RuntimeException {

    private final transient ImportPreview preview;

    public ImportRejectedException(ImportPreview preview) {
        super(preview.fileName() + ": " + preview.errors().size() + " error(s); nothing was imported");
        this.preview = preview;
    }

    public ImportPreview preview() {
        return preview;
    }
}

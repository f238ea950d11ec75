package vn.chiso766.app.export;

/** The request is allowed but names nothing to export: an unknown scope, or a ward without a report that month. */
class ExportNotFoundException extends RuntimeException {

    ExportNotFoundException(String message) {
        super(message);
    }
}

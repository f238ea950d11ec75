package vn.chiso766.app.importing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import vn.chiso766.app.i18n.PeriodLabel;
import vn.chiso766.app.importing.AffectedRanking;
import vn.chiso766.app.importing.ImportCounts;
import vn.chiso766.app.importing.ImportIssue;
import vn.chiso766.app.importing.ImportOutcome;
import vn.chiso766.app.importing.ImportPreview;
import vn.chiso766.app.importing.ImportRejectedException;
import vn.chiso766.app.importing.ImportService;
import vn.chiso766.app.ranking.ui.RankingView;
import vn.chiso766.domain.unit.Unit;
import vn.chiso766.reporting.spreadsheet.ImportTemplate;

/**
 * Brings a month in from a file: upload, a preview of every row with its problems, confirm, and links to the
 * rankings that changed. Nothing is saved before the confirmation, and nothing at all when the file has an error.
 * Files above {@link #BACKGROUND_FROM_BYTES} are read and written off the UI thread behind a progress bar.
 */
@Route("import")
// Who may import which rows is decided in ImportService; leaders only read.
@RolesAllowed({"OFFICER", "WARD_CHAIR", "ADMIN"})
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    static final int BACKGROUND_FROM_BYTES = 256 * 1024;
    private static final int MAX_LINKS = 10;

    private final ImportService service;
    private final Upload upload;
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph status = new Paragraph();
    private final Paragraph summary = new Paragraph();
    private final Paragraph newUnits = new Paragraph();
    private final Div fileIssues = new Div();
    private final PreviewGrid grid = new PreviewGrid();
    private final Button confirm = new Button();
    private final Button discard = new Button();
    private final Div result = new Div();
    private @Nullable Received received;
    private int backgroundFrom = BACKGROUND_FROM_BYTES;

    /** The uploaded file, kept until it is imported or discarded. */
    private record Received(String fileName, byte[] bytes) {}

    public ImportView(ImportService service) {
        this.service = service;
        this.upload = createUpload();
        setWidthFull();
        H2 heading = new H2(getTranslation("import.pageTitle"));
        heading.setId("import-heading");
        add(heading, new Paragraph(getTranslation("import.intro")), createTemplateLink(), upload);
        configureFeedback();
        add(progress, status, summary, newUnits, fileIssues, grid, createButtons(), result);
        clearPreview();
    }

    private Anchor createTemplateLink() {
        Anchor template = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = service.template();
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            ImportTemplate.FILE_NAME,
                            ImportTemplate.CONTENT_TYPE,
                            bytes.length);
                }),
                getTranslation("import.template"));
        template.setId("import-template");
        return template;
    }

    private Upload createUpload() {
        Upload uploadField =
                new Upload(UploadHandler.inMemory((metadata, bytes) -> receive(metadata.fileName(), bytes)));
        uploadField.setId("import-upload");
        uploadField.setMaxFiles(1);
        uploadField.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, service.maxBytes()));
        UploadI18N i18n = new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("import.upload.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("import.upload.drop")))
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(getTranslation("import.upload.tooLarge", maxMegabytes())));
        uploadField.setI18n(i18n);
        uploadField.addFileRejectedListener(e -> showStatus(getTranslation("import.upload.tooLarge", maxMegabytes())));
        uploadField.addFailedListener(e -> showStatus(getTranslation(
                "import.upload.failed",
                e.getReason() == null ? e.getFileName() : e.getReason().getMessage())));
        return uploadField;
    }

    private void configureFeedback() {
        progress.setId("import-progress");
        progress.setIndeterminate(true);
        status.setId("import-status");
        summary.setId("import-summary");
        newUnits.setId("import-new-units");
        fileIssues.setId("import-file-issues");
        result.setId("import-result");
    }

    private HorizontalLayout createButtons() {
        confirm.setText(getTranslation("import.confirm"));
        confirm.setId("import-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> commit());
        discard.setText(getTranslation("import.discard"));
        discard.setId("import-discard");
        discard.addClickListener(e -> {
            clearPreview();
            upload.clearFileList();
        });
        return new HorizontalLayout(confirm, discard);
    }

    private void receive(String fileName, byte[] bytes) {
        clearPreview();
        result.setVisible(false);
        received = new Received(fileName, bytes);
        run(
                bytes.length,
                getTranslation("import.processing", fileName),
                () -> service.preview(fileName, bytes, null),
                this::showPreview);
    }

    private void commit() {
        Received file = received;
        if (file == null) {
            return;
        }
        confirm.setEnabled(false);
        discard.setEnabled(false);
        run(
                file.bytes().length,
                getTranslation("import.committing", file.fileName()),
                () -> service.commit(file.fileName(), file.bytes(), null),
                this::showOutcome);
    }

    /** Small files are handled at once; larger ones in the background with the progress bar showing. */
    private <T> void run(int size, String working, Supplier<T> work, Consumer<T> done) {
        showStatus(working);
        if (size < backgroundFrom) {
            T value;
            try {
                value = work.get();
            } catch (RuntimeException e) {
                failed(e);
                return;
            }
            done.accept(value);
            return;
        }
        progress.setVisible(true);
        BackgroundWork.start(
                UI.getCurrent(),
                work,
                value -> {
                    progress.setVisible(false);
                    done.accept(value);
                },
                e -> {
                    progress.setVisible(false);
                    failed(e);
                });
    }

    private void failed(RuntimeException e) {
        if (e instanceof ImportRejectedException rejected) {
            showPreview(rejected.preview());
            showStatus(getTranslation(
                    "import.rejected", rejected.preview().errors().size()));
            return;
        }
        discard.setEnabled(true);
        showStatus(getTranslation("import.failed", String.valueOf(e.getMessage())));
    }

    private void showPreview(ImportPreview preview) {
        Locale locale = getLocale();
        ImportCounts counts = preview.counts();
        summary.setText(getTranslation(
                "import.summary",
                preview.fileName(),
                counts.rows(),
                counts.created(),
                counts.changed(),
                counts.unchanged(),
                counts.errorRows(),
                counts.errors(),
                counts.warnings()));
        summary.setVisible(true);
        if (!preview.unitsToCreate().isEmpty()) {
            newUnits.setText(getTranslation(
                    "import.summary.units", preview.unitsToCreate().size(), unitNames(preview.unitsToCreate())));
            newUnits.setVisible(true);
        }
        showFileIssues(preview.fileIssues(), locale);
        if (preview.rows().isEmpty()) {
            grid.hide();
        } else {
            grid.show(preview.rows());
        }
        boolean canCommit = !preview.hasErrors() && preview.hasChanges();
        confirm.setEnabled(canCommit);
        confirm.setVisible(true);
        discard.setEnabled(true);
        discard.setVisible(true);
        showStatus(getTranslation(
                preview.hasErrors()
                        ? "import.blocked"
                        : preview.hasChanges() ? "import.ready" : "import.nothingToChange"));
    }

    private static String unitNames(List<Unit> units) {
        List<String> names = units.stream().limit(5).map(Unit::name).toList();
        return String.join(", ", names) + (units.size() > names.size() ? ", …" : "");
    }

    private void showFileIssues(List<ImportIssue> issues, Locale locale) {
        fileIssues.removeAll();
        if (issues.isEmpty()) {
            fileIssues.setVisible(false);
            return;
        }
        UnorderedList list = new UnorderedList();
        for (ImportIssue issue : issues) {
            ListItem item = new ListItem(
                    getTranslation("import.severity." + issue.severity().name()) + " — " + issue.describe(locale));
            item.addClassName(issue.isError() ? "import-error" : "import-warning");
            list.add(item);
        }
        fileIssues.add(new H3(getTranslation("import.fileIssues")), list);
        fileIssues.setVisible(true);
    }

    private void showOutcome(ImportOutcome outcome) {
        ImportCounts counts = outcome.counts();
        clearPreview();
        upload.clearFileList();
        result.removeAll();
        Paragraph done = new Paragraph(getTranslation(
                "import.done",
                outcome.preview().fileName(),
                counts.created(),
                counts.changed(),
                counts.unchanged(),
                counts.unitsCreated()));
        done.setId("import-done");
        result.add(done);
        if (!outcome.affected().isEmpty()) {
            result.add(new Paragraph(getTranslation("import.rankings")));
            UnorderedList links = new UnorderedList();
            List<AffectedRanking> affected = outcome.affected();
            for (int i = 0; i < Math.min(MAX_LINKS, affected.size()); i++) {
                links.add(new ListItem(rankingLink(affected.get(i), i)));
            }
            result.add(links);
        }
        result.setVisible(true);
    }

    private RouterLink rankingLink(AffectedRanking ranking, int index) {
        RouterLink link = new RouterLink(
                getTranslation(
                        "import.rankingLink",
                        ranking.scopeName(),
                        PeriodLabel.of(ranking.period(), this::getTranslation)),
                RankingView.class);
        link.setQueryParameters(QueryParameters.simple(
                Map.of("scope", ranking.scopeCode(), "period", ranking.period().code())));
        link.setId("import-ranking-" + index);
        link.addClassName("import-ranking-link");
        return link;
    }

    private void clearPreview() {
        received = null;
        progress.setVisible(false);
        status.setVisible(false);
        summary.setVisible(false);
        newUnits.setVisible(false);
        fileIssues.removeAll();
        fileIssues.setVisible(false);
        grid.hide();
        confirm.setVisible(false);
        discard.setVisible(false);
    }

    private void showStatus(String text) {
        status.setText(text);
        status.setVisible(true);
    }

    private long maxMegabytes() {
        return service.maxBytes() / (1024 * 1024);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.pageTitle") + " — " + getTranslation("app.title");
    }

    /** For tests of the background path with a small file. */
    void runInBackgroundFrom(int bytes) {
        this.backgroundFrom = bytes;
    }

    PreviewGrid grid() {
        return grid;
    }
}

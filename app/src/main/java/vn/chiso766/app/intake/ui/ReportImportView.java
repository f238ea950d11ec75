package vn.chiso766.app.intake.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import vn.chiso766.app.i18n.TranslatableException;
import vn.chiso766.app.intake.DocumentPreview;
import vn.chiso766.app.intake.ReportDocumentService;
import vn.chiso766.app.intake.SavedReport;
import vn.chiso766.app.ui.Refusals;
import vn.chiso766.reporting.document.DocumentProblem;

/**
 * Imports a ward's report as a Word (.docx) or text (.txt) document: what was read is shown beside the
 * document's text, line by line, with the problems and the consistency flags; nothing is saved until the user
 * confirms, and then the report and its score card are saved together as a draft.
 */
@Route("import/report")
@RolesAllowed({"OFFICER", "WARD_CHAIR"})
public class ReportImportView extends VerticalLayout implements HasDynamicTitle {

    /** Ward reports are a few pages; anything larger is not one. */
    static final int MAX_BYTES = 10 * 1024 * 1024;

    private final ReportDocumentService service;
    private final Paragraph fileInfo = new Paragraph();
    private final Paragraph refusal = new Paragraph();
    private final UnorderedList problems = new UnorderedList();
    private final Div problemsSection = new Div();
    private final UnorderedList flags = new UnorderedList();
    private final Div flagsSection = new Div();
    private final Paragraph stored = new Paragraph();
    private final Paragraph message = new Paragraph();
    private final Button confirm = new Button();
    private final RouterLink openForm = new RouterLink();
    private final DocumentTextPanel text = new DocumentTextPanel();
    private final ExtractionPanel extracted = new ExtractionPanel();
    private final HorizontalLayout sideBySide = new HorizontalLayout();
    private @Nullable DocumentPreview preview;
    private byte @Nullable [] content;

    public ReportImportView(ReportDocumentService service) {
        this.service = service;
        setWidthFull();
        H2 heading = new H2(getTranslation("import.heading"));
        heading.setId("import-heading");
        fileInfo.setId("import-file");
        refusal.setId("import-refusal");
        refusal.addClassName("page-error");
        problemsSection.setId("import-problems");
        problemsSection.addClassName("page-error");
        problemsSection.add(new H3(getTranslation("import.problems")), problems);
        flagsSection.setId("import-flags");
        flagsSection.addClassName("flags");
        flagsSection.add(new H3(getTranslation("ward.flags")), flags);
        stored.setId("import-stored");
        message.setId("import-message");
        confirm.setText(getTranslation("reportImport.confirm"));
        confirm.setId("import-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> confirm());
        openForm.setId("import-open-form");
        openForm.setText(getTranslation("import.openForm"));
        configureSideBySide();
        add(
                heading,
                new Paragraph(getTranslation("reportImport.intro")),
                upload(),
                fileInfo,
                refusal,
                problemsSection,
                flagsSection,
                stored,
                new HorizontalLayout(confirm, openForm),
                message,
                sideBySide);
        clear();
    }

    private Upload upload() {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> receive(metadata.fileName(), bytes)));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes(
                ".docx",
                ".txt",
                "text/plain",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("import.choose")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("import.drop")));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("import.tooBig", MAX_BYTES / (1024 * 1024)))
                .setIncorrectFileType(getTranslation("import.wrongType"))
                .setTooManyFiles(getTranslation("import.oneFile")));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(e -> showRefusal(e.getErrorMessage()));
        return upload;
    }

    private void configureSideBySide() {
        Div left = new Div(new H3(getTranslation("import.documentText")), text);
        Div right = new Div(new H3(getTranslation("import.extracted")), extracted);
        left.addClassName("import-text");
        right.addClassName("import-extracted");
        sideBySide.add(left, right);
        sideBySide.setWidthFull();
        sideBySide.setFlexGrow(1, left, right);
    }

    /** A file arrived: read it and show what it says; nothing is saved yet. */
    void receive(String fileName, byte[] bytes) {
        clear();
        try {
            DocumentPreview read = service.preview(fileName, bytes);
            preview = read;
            content = bytes.clone();
            show(read);
        } catch (AccessDeniedException e) {
            showRefusal(getTranslation("access.denied"));
        }
    }

    private void show(DocumentPreview read) {
        fileInfo.setText(getTranslation(
                "import.fileInfo",
                read.fileName(),
                read.extraction().format().name(),
                read.extraction().encoding().isEmpty() ? "–" : read.extraction().encoding(),
                read.sha256()));
        fileInfo.setVisible(true);
        if (read.refusal() != null) {
            showRefusal(Refusals.message(this, read.refusal()));
        }
        read.extraction().problems().forEach(p -> problems.add(new ListItem(p.message(getLocale()))));
        problemsSection.setVisible(read.extraction().hasProblems());
        read.flags().forEach(f -> flags.add(new ListItem(f.message(getLocale()))));
        flagsSection.setVisible(!read.flags().isEmpty());
        if (read.storedStatus() != null && read.unit() != null) {
            stored.setText(getTranslation("import.replacesDraft", read.unit().name()));
            stored.setVisible(read.refusal() == null);
        }
        Set<Integer> problemLines =
                read.extraction().problems().stream().map(DocumentProblem::line).collect(Collectors.toSet());
        text.show(read.extraction().lines(), problemLines);
        extracted.show(read.extraction(), read.catalogue());
        sideBySide.setVisible(!read.extraction().lines().isEmpty());
        confirm.setVisible(true);
        confirm.setEnabled(read.canConfirm());
    }

    private void confirm() {
        DocumentPreview read = preview;
        byte[] bytes = content;
        if (read == null || bytes == null || !read.canConfirm() || read.unit() == null) {
            return;
        }
        try {
            SavedReport saved = service.confirm(
                    read.unit().code(), read.fileName(), bytes, read.reportVersion(), read.cardVersion());
            message.setText(getTranslation(
                    "import.saved",
                    read.unit().name(),
                    getTranslation("entry.status." + saved.status().name())));
            message.removeClassName("page-error");
            confirm.setEnabled(false);
            openForm.setRoute(ReportEntryView.class);
            openForm.setQueryParameters(QueryParameters.simple(Map.of(
                    "unit",
                    read.unit().code(),
                    "period",
                    read.extraction().period().value().code())));
            openForm.setVisible(true);
        } catch (TranslatableException e) {
            message.setText(Refusals.message(this, e));
            message.addClassName("page-error");
        } catch (AccessDeniedException e) {
            message.setText(getTranslation("access.denied"));
            message.addClassName("page-error");
        }
    }

    private void showRefusal(String text) {
        refusal.setText(text);
        refusal.setVisible(true);
    }

    private void clear() {
        preview = null;
        content = null;
        fileInfo.setVisible(false);
        refusal.setVisible(false);
        problems.removeAll();
        problemsSection.setVisible(false);
        flags.removeAll();
        flagsSection.setVisible(false);
        stored.setVisible(false);
        message.setText("");
        confirm.setVisible(false);
        openForm.setVisible(false);
        sideBySide.setVisible(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reportImport.pageTitle") + " — " + getTranslation("app.title");
    }

    @Nullable
    DocumentPreview preview() {
        return preview;
    }
}

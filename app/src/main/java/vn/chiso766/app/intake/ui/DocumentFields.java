package vn.chiso766.app.intake.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.function.ValueProvider;
import vn.chiso766.app.intake.ReportForm;
import vn.chiso766.app.ui.LocalizedDatePicker;

/**
 * The document's own wording around the figures: issuing body, number, place and date, title, where the result
 * is published, and the signature block. Lengths follow the database columns.
 */
class DocumentFields extends Composite<Div> {

    private final FormLayout header = new FormLayout();
    private final FormLayout signature = new FormLayout();

    @Override
    protected Div initContent() {
        return new Div(
                new H3(getTranslation("entry.document")), header, new H3(getTranslation("entry.signature")), signature);
    }

    void bind(Binder<ReportForm> binder) {
        getContent();
        text(
                binder,
                header,
                "issuing-body",
                "entry.issuingBody",
                255,
                true,
                ReportForm::getIssuingBody,
                ReportForm::setIssuingBody);
        text(binder, header, "number", "entry.number", 64, true, ReportForm::getNumber, ReportForm::setNumber);
        text(binder, header, "place", "entry.place", 128, true, ReportForm::getPlace, ReportForm::setPlace);
        LocalizedDatePicker issuedOn = new LocalizedDatePicker();
        issuedOn.setLabel(getTranslation("entry.issuedOn"));
        issuedOn.setId("issued-on");
        binder.forField(issuedOn)
                .asRequired(getTranslation("entry.required"))
                .bind(ReportForm::getIssuedOn, ReportForm::setIssuedOn);
        header.add(issuedOn);
        TextField title =
                text(binder, header, "title", "entry.title", 500, true, ReportForm::getTitle, ReportForm::setTitle);
        header.setColspan(title, 2);
        TextField link = new TextField(getTranslation("entry.publicationLink"));
        link.setId("publication-link");
        binder.forField(link)
                .withValidator(
                        v -> v.isBlank() || v.strip().matches("https?://\\S+"), getTranslation("entry.linkFormat"))
                .withValidator(new StringLengthValidator(getTranslation("entry.tooLong", 1000), 0, 1000))
                .bind(
                        f -> f.getPublicationLink() == null ? "" : f.getPublicationLink(),
                        ReportForm::setPublicationLink);
        header.add(link);
        header.setColspan(link, 2);
        text(
                binder,
                signature,
                "signer-authority",
                "entry.signerAuthority",
                128,
                false,
                ReportForm::getSignerAuthority,
                ReportForm::setSignerAuthority);
        text(
                binder,
                signature,
                "signer-position",
                "entry.signerPosition",
                128,
                true,
                ReportForm::getSignerPosition,
                ReportForm::setSignerPosition);
        text(
                binder,
                signature,
                "signer-name",
                "entry.signerName",
                128,
                true,
                ReportForm::getSignerName,
                ReportForm::setSignerName);
    }

    private TextField text(
            Binder<ReportForm> binder,
            FormLayout layout,
            String id,
            String labelKey,
            int maxLength,
            boolean required,
            ValueProvider<ReportForm, String> getter,
            Setter<ReportForm, String> setter) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        var binding = binder.forField(field);
        if (required) {
            binding = binding.asRequired(getTranslation("entry.required"));
        }
        binding.withValidator(new StringLengthValidator(getTranslation("entry.tooLong", maxLength), 0, maxLength))
                .bind(getter, setter);
        layout.add(field);
        return field;
    }
}

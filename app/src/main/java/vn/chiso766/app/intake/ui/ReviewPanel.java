package vn.chiso766.app.intake.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;

/** The office's part: approve a submitted report, or return it to the ward with a comment. Fires events only. */
class ReviewPanel extends Composite<Div> {

    private final TextArea comment = new TextArea();
    private final Button approve = new Button();
    private final Button sendBack = new Button();

    static class ApproveEvent extends ComponentEvent<ReviewPanel> {
        ApproveEvent(ReviewPanel source) {
            super(source, false);
        }
    }

    static class ReturnEvent extends ComponentEvent<ReviewPanel> {
        private final String comment;

        ReturnEvent(ReviewPanel source, String comment) {
            super(source, false);
            this.comment = comment;
        }

        String comment() {
            return comment;
        }
    }

    @Override
    protected Div initContent() {
        comment.setLabel(getTranslation("entry.returnComment"));
        comment.setId("return-comment");
        comment.setWidthFull();
        comment.setMaxLength(1000);
        approve.setText(getTranslation("entry.approve"));
        approve.setId("entry-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        approve.addClickListener(e -> fireEvent(new ApproveEvent(this)));
        sendBack.setText(getTranslation("entry.return"));
        sendBack.setId("entry-return");
        sendBack.addThemeVariants(ButtonVariant.LUMO_ERROR);
        sendBack.addClickListener(e -> fireEvent(new ReturnEvent(this, comment.getValue())));
        Div panel = new Div(new H3(getTranslation("entry.review")), comment, new HorizontalLayout(approve, sendBack));
        panel.setId("review-panel");
        return panel;
    }

    void show(boolean canApprove) {
        getContent();
        approve.setVisible(canApprove);
        comment.clear();
    }

    void commentError(String message) {
        comment.setInvalid(true);
        comment.setErrorMessage(message);
    }

    Registration addApproveListener(com.vaadin.flow.component.ComponentEventListener<ApproveEvent> listener) {
        return addListener(ApproveEvent.class, listener);
    }

    Registration addReturnListener(com.vaadin.flow.component.ComponentEventListener<ReturnEvent> listener) {
        return addListener(ReturnEvent.class, listener);
    }
}

package vn.chiso766.app.intake;

import vn.chiso766.app.i18n.TranslatableException;

/**
 * Someone saved the report or its score card after this user opened it. The form keeps what the user entered;
 * nothing of it was written.
 */
public class EditConflictException extends TranslatableException {

    EditConflictException() {
        super("entry.conflict");
    }
}

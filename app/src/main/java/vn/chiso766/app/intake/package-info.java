/**
 * Bringing a ward's monthly report in: the entry form (draft, submit, approve or return, with optimistic locking)
 * and the import of the report as a Word or text document, previewed beside its text before it is saved.
 */
@NullMarked
package vn.chiso766.app.intake;

import org.jspecify.annotations.NullMarked;

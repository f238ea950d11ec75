/**
 * Exports: comparison tables (XLSX, CSV, PDF) and official documents (DOCX, PDF), built from plain inputs that the
 * application fills from the same query objects as its screens, so that a file always says what the screen says.
 * No Vaadin and no web framework here: the application serves the bytes.
 */
@NullMarked
package vn.chiso766.reporting.export;

import org.jspecify.annotations.NullMarked;

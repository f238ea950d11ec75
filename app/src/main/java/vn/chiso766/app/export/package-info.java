/**
 * Exports served over HTTP: the comparison tables (XLSX, CSV, PDF), the heatmap (XLSX), a ward's report and the
 * district's monthly summary (DOCX, PDF). Files are built by the reporting module from the same services and
 * query objects as the screens, under the same access rules.
 */
@NullMarked
package vn.chiso766.app.export;

import org.jspecify.annotations.NullMarked;

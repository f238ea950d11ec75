/**
 * Official documents in the Vietnamese administrative layout of Decree 30/2020/NĐ-CP (issuing body and national
 * motto side by side, number, place and date, title, body, recipients, signature), as DOCX and PDF from one
 * content model: a ward's monthly report and the district's monthly summary.
 */
@NullMarked
package vn.chiso766.reporting.export.document;

import org.jspecify.annotations.NullMarked;

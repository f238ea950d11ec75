/**
 * Reads a ward's monthly report as written (a Word document or plain text in the layout of DOMAIN.md "Who reports
 * what") into what it states, each value with the line it came from, and the problems that keep it from being
 * saved, each with its line.
 */
@NullMarked
package vn.chiso766.reporting.document;

import org.jspecify.annotations.NullMarked;

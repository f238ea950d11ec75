/**
 * One import pipeline for every file that brings scores in (spreadsheets and the national portal's data): a
 * preview of new, changed and unchanged rows with every problem located and explained, then a commit that writes
 * all of it or nothing, audited with the file's name and SHA-256.
 */
@NullMarked
package vn.chiso766.app.importing;

import org.jspecify.annotations.NullMarked;

/**
 * Reads the national public service portal's evaluation answers (Decision 766 index), as stored by the
 * Crawler-766 snapshots, into the domain model.
 */
@NullMarked
package vn.chiso766.reporting.portal;

import org.jspecify.annotations.NullMarked;

@NullMarked
package vn.chiso766.db.report;

import org.jspecify.annotations.NullMarked;

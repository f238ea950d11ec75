@NullMarked
package vn.chiso766.app.report;

import org.jspecify.annotations.NullMarked;

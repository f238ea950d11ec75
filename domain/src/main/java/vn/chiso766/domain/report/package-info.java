@NullMarked
package vn.chiso766.domain.report;

import org.jspecify.annotations.NullMarked;

@NullMarked
package vn.chiso766.domain.period;

import org.jspecify.annotations.NullMarked;

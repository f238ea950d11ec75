@NullMarked
package vn.chiso766.domain.unit;

import org.jspecify.annotations.NullMarked;

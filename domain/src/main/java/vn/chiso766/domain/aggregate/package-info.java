@NullMarked
package vn.chiso766.domain.aggregate;

import org.jspecify.annotations.NullMarked;

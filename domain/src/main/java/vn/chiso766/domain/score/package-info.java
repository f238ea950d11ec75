@NullMarked
package vn.chiso766.domain.score;

import org.jspecify.annotations.NullMarked;

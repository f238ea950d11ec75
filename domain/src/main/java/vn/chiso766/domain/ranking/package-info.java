@NullMarked
package vn.chiso766.domain.ranking;

import org.jspecify.annotations.NullMarked;

@NullMarked
package vn.chiso766.domain.overview;

import org.jspecify.annotations.NullMarked;

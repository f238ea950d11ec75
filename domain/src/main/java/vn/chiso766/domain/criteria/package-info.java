@NullMarked
package vn.chiso766.domain.criteria;

import org.jspecify.annotations.NullMarked;

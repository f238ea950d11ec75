@NullMarked
package vn.chiso766.domain.access;

import org.jspecify.annotations.NullMarked;

@NullMarked
package vn.chiso766.db.unit;

import org.jspecify.annotations.NullMarked;

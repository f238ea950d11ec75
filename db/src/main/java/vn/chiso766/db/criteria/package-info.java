@NullMarked
package vn.chiso766.db.criteria;

import org.jspecify.annotations.NullMarked;

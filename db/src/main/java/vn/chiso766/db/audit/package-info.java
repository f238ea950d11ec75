@NullMarked
package vn.chiso766.db.audit;

import org.jspecify.annotations.NullMarked;

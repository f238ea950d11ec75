@NullMarked
package vn.chiso766.db.score;

import org.jspecify.annotations.NullMarked;

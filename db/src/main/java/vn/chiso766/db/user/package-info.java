@NullMarked
package vn.chiso766.db.user;

import org.jspecify.annotations.NullMarked;

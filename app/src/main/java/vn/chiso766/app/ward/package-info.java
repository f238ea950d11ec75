@NullMarked
package vn.chiso766.app.ward;

import org.jspecify.annotations.NullMarked;

@NullMarked
package vn.chiso766.app.unit;

import org.jspecify.annotations.NullMarked;

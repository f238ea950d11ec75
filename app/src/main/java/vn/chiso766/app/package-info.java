@NullMarked
package vn.chiso766.app;

import org.jspecify.annotations.NullMarked;

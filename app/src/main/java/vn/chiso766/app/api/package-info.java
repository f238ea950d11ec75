@NullMarked
package vn.chiso766.app.api;

import org.jspecify.annotations.NullMarked;

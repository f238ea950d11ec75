@NullMarked
package vn.chiso766.app.ui;

import org.jspecify.annotations.NullMarked;

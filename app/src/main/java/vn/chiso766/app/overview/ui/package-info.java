@NullMarked
package vn.chiso766.app.overview.ui;

import org.jspecify.annotations.NullMarked;

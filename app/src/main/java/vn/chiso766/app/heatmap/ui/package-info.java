@NullMarked
package vn.chiso766.app.heatmap.ui;

import org.jspecify.annotations.NullMarked;

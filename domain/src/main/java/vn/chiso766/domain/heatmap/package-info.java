@NullMarked
package vn.chiso766.domain.heatmap;

import org.jspecify.annotations.NullMarked;

@NullMarked
package vn.chiso766.app.ranking;

import org.jspecify.annotations.NullMarked;

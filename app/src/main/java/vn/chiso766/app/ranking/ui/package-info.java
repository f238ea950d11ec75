@NullMarked
package vn.chiso766.app.ranking.ui;

import org.jspecify.annotations.NullMarked;

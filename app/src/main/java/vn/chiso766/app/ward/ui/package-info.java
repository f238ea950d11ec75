@NullMarked
package vn.chiso766.app.ward.ui;

import org.jspecify.annotations.NullMarked;

@NullMarked
package vn.chiso766.app.admin.ui;

import org.jspecify.annotations.NullMarked;

@NullMarked
package vn.chiso766.app.shell.ui;

import org.jspecify.annotations.NullMarked;

@NullMarked
package vn.chiso766.app.importing.ui;

import org.jspecify.annotations.NullMarked;

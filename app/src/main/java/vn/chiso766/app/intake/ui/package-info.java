@NullMarked
package vn.chiso766.app.intake.ui;

import org.jspecify.annotations.NullMarked;

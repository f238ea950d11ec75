@NullMarked
package vn.chiso766.app.audit.ui;

import org.jspecify.annotations.NullMarked;

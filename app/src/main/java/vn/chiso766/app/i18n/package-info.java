@NullMarked
package vn.chiso766.app.i18n;

import org.jspecify.annotations.NullMarked;

@NullMarked
package vn.chiso766.app.ui.login;

import org.jspecify.annotations.NullMarked;

@NullMarked
package vn.chiso766.app.account.ui;

import org.jspecify.annotations.NullMarked;

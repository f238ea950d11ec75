@NullMarked
package vn.chiso766.app.account;

import org.jspecify.annotations.NullMarked;

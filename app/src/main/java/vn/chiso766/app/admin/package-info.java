@NullMarked
package vn.chiso766.app.admin;

import org.jspecify.annotations.NullMarked;

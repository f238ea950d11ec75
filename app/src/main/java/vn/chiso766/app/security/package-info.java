@NullMarked
package vn.chiso766.app.security;

import org.jspecify.annotations.NullMarked;

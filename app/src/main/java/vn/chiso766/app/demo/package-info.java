@NullMarked
package vn.chiso766.app.demo;

import org.jspecify.annotations.NullMarked;

@NullMarked
package vn.chiso766.app.criteria;

import org.jspecify.annotations.NullMarked;

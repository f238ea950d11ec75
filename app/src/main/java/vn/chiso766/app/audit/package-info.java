@NullMarked
package vn.chiso766.app.audit;

import org.jspecify.annotations.NullMarked;

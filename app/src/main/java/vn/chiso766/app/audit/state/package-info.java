/**
 * The states that audit entries record before and after a change: small records with the fields worth reading
 * back, never a password or its hash.
 */
@NullMarked
package vn.chiso766.app.audit.state;

import org.jspecify.annotations.NullMarked;

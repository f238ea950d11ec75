package vn.chiso766.app;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The one Spring context of the app's tests: the whole application on a random port with the embedded MariaDB
 * and the demo data. Every integration test uses exactly this, so the context (and its database server, which
 * owns the test data dir) is started once per test run; a second, different context would need a second
 * server on the same data dir, which the stale-server guard refuses.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public @interface AppTest {}

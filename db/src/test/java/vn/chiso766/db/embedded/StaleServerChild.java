package vn.chiso766.db.embedded;

import java.nio.file.Path;
import java.time.Duration;

/** Run in a child JVM by {@link StaleServerRecoveryTest}, which kills it to leave an orphan mariadbd. */
final class StaleServerChild {

    public static void main(String[] args) throws InterruptedException {
        EmbeddedMariaDb server = new EmbeddedMariaDb(EmbeddedMariaDb.defaultBaseDir(), Path.of(args[0]), 0, "chiso766");
        server.start();
        System.out.println(StaleServerRecoveryTest.READY + server.port());
        System.out.flush();
        // Bounded, so that a test run that dies before killing us still ends the server, through the hook.
        Thread.sleep(Duration.ofMinutes(5));
    }
}

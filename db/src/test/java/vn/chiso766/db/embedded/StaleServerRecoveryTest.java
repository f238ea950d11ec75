package vn.chiso766.db.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaleServerRecoveryTest {

    static final String READY = "READY ";

    @TempDir(factory = UnderTargetTempDir.class)
    Path dataDir;

    private final List<String> childOutput = new ArrayList<>();

    @Test
    void start_stops_the_mariadbd_orphaned_by_a_killed_jvm_and_keeps_its_data() throws Exception {
        Path pidFile = EmbeddedMariaDb.pidFileFor(dataDir);
        StaleServerReaper reaper = new StaleServerReaper(pidFile, dataDir);
        Process child = startChild();
        Optional<ProcessHandle> orphan = Optional.empty();
        try (EmbeddedMariaDb server = new EmbeddedMariaDb(EmbeddedMariaDb.defaultBaseDir(), dataDir, 0, "chiso766")) {
            int childPort = awaitReady(child);
            writeNote(childPort, EmbeddedMariaDbTest.VIETNAMESE);
            orphan = ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip()));
            assertThat(orphan)
                    .hasValueSatisfying(
                            p -> assertThat(p.parent().map(ProcessHandle::pid)).contains(child.pid()));

            assertThatIllegalStateException()
                    .as("a server whose JVM still runs is in use, not stale")
                    .isThrownBy(server::start)
                    .withMessageContaining("in use");

            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(orphan.filter(reaper::isOurServer))
                    .as("mariadbd outlives its killed JVM")
                    .isPresent();

            server.start();
            assertThat(orphan.filter(StaleServerReaper::isRunning))
                    .as("orphan stopped")
                    .isEmpty();
            assertThat(readNotes(server.port())).containsExactly(EmbeddedMariaDbTest.VIETNAMESE);
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
            // Whatever failed, no mariadbd started here outlives the test.
            reaper.reap();
            orphan.filter(reaper::isOurServer).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    private Process startChild() throws IOException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        return new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        "-Dfile.encoding=UTF-8",
                        // The same temp dir as this JVM: the data dir must stay outside it (see the parent pom).
                        "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                        StaleServerChild.class.getName(),
                        dataDir.toString())
                .redirectErrorStream(true)
                .start();
    }

    // Keeps draining the child's output after READY so that its logging never blocks on a full pipe.
    private int awaitReady(Process child) throws Exception {
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    remember(line);
                    if (line.startsWith(READY)) {
                        port.complete(
                                Integer.parseInt(line.substring(READY.length()).strip()));
                    }
                }
            } catch (IOException e) {
                port.completeExceptionally(e);
            }
            port.completeExceptionally(new IllegalStateException("Child ended before READY:\n" + lastOutput()));
        });
        try {
            return port.get(120, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Child never said READY:\n" + lastOutput(), e);
        }
    }

    private synchronized void remember(String line) {
        childOutput.add(line);
        if (childOutput.size() > 40) {
            childOutput.removeFirst();
        }
    }

    private synchronized String lastOutput() {
        return String.join("\n", childOutput);
    }

    private static void writeNote(int port, String text) throws SQLException {
        try (Connection connection = connect(port);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE note (text VARCHAR(200) NOT NULL)");
            try (var insert = connection.prepareStatement("INSERT INTO note (text) VALUES (?)")) {
                insert.setString(1, text);
                insert.executeUpdate();
            }
        }
    }

    private static List<String> readNotes(int port) throws SQLException {
        List<String> notes = new ArrayList<>();
        try (Connection connection = connect(port);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT text FROM note")) {
            while (rows.next()) {
                notes.add(rows.getString(1));
            }
        }
        return notes;
    }

    private static Connection connect(int port) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:mariadb://127.0.0.1:" + port + "/chiso766?sslMode=disable", EmbeddedMariaDb.USER, "");
    }
}

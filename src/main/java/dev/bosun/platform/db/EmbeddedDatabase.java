package dev.bosun.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run by Bosun itself, its data kept in {@code DATA_DIR/pg} across restarts. Only one
 * process may open a data directory: a second one fails with a message naming the directory.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    static final String USER = "postgres";
    static final String DATABASE = "bosun";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    /** How long the JVM's shutdown waits for Spring to close the database before it stops it anyway. */
    private static final long SHUTDOWN_GRACE_SECONDS = 20;

    private final EmbeddedPostgres postgres;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final CountDownLatch closed = new CountDownLatch(1);

    private EmbeddedDatabase(EmbeddedPostgres postgres, FileChannel lockChannel, FileLock lock) {
        this.postgres = postgres;
        this.lockChannel = lockChannel;
        this.lock = lock;
        if (postgres != null) {
            // The library's own shutdown hook would stop the server while Spring's hook (running at the same time)
            // still closes JobRunr and the connection pool, whose last queries then wait 30 s for a connection.
            // Ours lets Spring close it in order and only stops a server that Spring left running.
            Runtime.getRuntime().addShutdownHook(new Thread(this::closeWhenLeftRunning, "bosun-embedded-pg-stop"));
        }
    }

    private void closeWhenLeftRunning() {
        try {
            if (!closed.await(SHUTDOWN_GRACE_SECONDS, TimeUnit.SECONDS)) {
                log.warn("Stopping the embedded PostgreSQL that was still running at exit");
                close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            log.warn("Could not stop the embedded PostgreSQL: {}", e.getMessage());
        }
    }

    static EmbeddedDatabase none() {
        return new EmbeddedDatabase(null, null, null);
    }

    /** Starts (creating on first use) the embedded server whose files live in {@code dataDir/pg}. */
    public static EmbeddedDatabase start(Path dataDir) {
        Path pgDir = dataDir.resolve("pg");
        FileChannel channel = null;
        try {
            Files.createDirectories(dataDir);
            channel = FileChannel.open(dataDir.resolve("pg.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new DatabaseInUseException(pgDir);
            }
            boolean fresh = !Files.exists(pgDir.resolve("PG_VERSION"));
            log.info("{} embedded PostgreSQL in {}", fresh ? "Creating" : "Starting", pgDir);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(pgDir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "60")
                    // the library starts PostgreSQL for tests (fsync off, asynchronous commit); a seller's data
                    // must survive a power cut
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .start();
            createDatabaseIfMissing(postgres);
            return new EmbeddedDatabase(postgres, channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException(
                    "Could not start the embedded PostgreSQL in " + pgDir + ": " + e.getMessage(), e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws IOException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("create database " + DATABASE + " encoding 'UTF8'");
        } catch (SQLException e) {
            throw new IOException("could not create database " + DATABASE + ": " + e.getMessage(), e);
        }
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl(USER, DATABASE);
    }

    /** The port the server listens on (loopback only), useful for psql while it runs. */
    public int port() {
        return postgres.getPort();
    }

    @Override
    public synchronized void close() throws IOException {
        if (postgres == null || closed.getCount() == 0) {
            return;
        }
        try {
            postgres.close();
        } finally {
            closed.countDown();
            lock.release();
            lockChannel.close();
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the start failure is what matters
            }
        }
    }

    /** Another process holds the data directory. */
    public static final class DatabaseInUseException extends IllegalStateException {
        DatabaseInUseException(Path dir) {
            super("The embedded database in " + dir + " is in use by another Bosun process. Stop that process "
                    + "(two processes cannot open one embedded data directory) or point BOSUN_DB_URL at a "
                    + "PostgreSQL server that both can share.");
        }
    }
}

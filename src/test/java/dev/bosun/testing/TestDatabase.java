package dev.bosun.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The one PostgreSQL of the whole test JVM: an embedded server started lazily in a temporary directory, with an
 * empty database {@code bosun}. On first use it points Bosun at it through system properties
 * ({@code bosun.db.*}, {@code bosun.data-dir}, {@code bosun.secret-key}), so every Spring test context and every
 * command run in-process through {@code BosunApplication.cli(..)} share the same database and secret key.
 *
 * <p>Tests never clean the database; they keep apart by giving everything they create a {@link #unique(String)}
 * name.
 */
public final class TestDatabase {

    public static final String DATABASE = "bosun";
    private static final String USER = "postgres";
    private static final AtomicLong COUNTER = new AtomicLong();
    private static TestDatabase instance;

    private final Path root;
    private final EmbeddedPostgres postgres;
    private final String secretKey;
    private final Map<String, Object> properties;

    private TestDatabase() throws IOException, SQLException {
        root = Files.createTempDirectory("bosun-test-");
        postgres = EmbeddedPostgres.builder()
                .setDataDirectory(root.resolve("pg"))
                .setCleanDataDirectory(true)
                .setServerConfig("max_connections", "200")
                .start();
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("create database " + DATABASE + " encoding 'UTF8'");
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        secretKey = Base64.getEncoder().encodeToString(key);
        Path dataDir = Files.createDirectories(root.resolve("data"));
        properties = new LinkedHashMap<>();
        properties.put("bosun.db.url", jdbcUrl());
        properties.put("bosun.db.user", USER);
        properties.put("bosun.db.password", "");
        properties.put("bosun.data-dir", dataDir.toString());
        properties.put("bosun.secret-key", secretKey);
        // No demo store on a first start: tests that need one create and run it themselves (DemoStoreTests).
        properties.put("bosun.demo.enabled", "false");
        properties.forEach((name, value) -> System.setProperty(name, value.toString()));
    }

    /** The shared database, started on the first call. */
    public static synchronized TestDatabase get() {
        if (instance == null) {
            try {
                instance = new TestDatabase();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not create the test database: " + e.getMessage(), e);
            }
            TestDatabase started = instance;
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "bosun-test-database-stop"));
        }
        return instance;
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl(USER, DATABASE);
    }

    public String user() {
        return USER;
    }

    /** The base64 key every context and command of this JVM encrypts secrets with. */
    public String secretKey() {
        return secretKey;
    }

    /** The Spring properties pointing Bosun at this database. */
    public Map<String, Object> properties() {
        return Map.copyOf(properties);
    }

    /** A plain JDBC connection to the {@code bosun} database, for looking at what the application stored. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), USER, "");
    }

    /** {@code prefix} plus a suffix no other call in this JVM (or an earlier one's data) returns. */
    public static String unique(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + COUNTER.incrementAndGet();
    }

    private void stop() {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the JVM is ending
        }
        // zonky's own shutdown hook may be deleting the server's files at the same time: retry, ignore vanished files
        for (int attempt = 0; attempt < 5 && Files.exists(root); attempt++) {
            try (Stream<Path> files = Files.walk(root)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            } catch (IOException | UncheckedIOException retry) {
                sleepBriefly();
            }
        }
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts the database before a Spring test context reads its environment. */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("bosunTestDatabase", get().properties()));
            // The server context of the tests runs background jobs like `serve` does, polling often, and sends
            // uploads over 200 kB to them so that the background path is tested with small files. The import
            // benchmark turns the job server off (-Dbench.jobServer=false): the profit job an import queues would
            // run beside the next timed import, in the benchmark's small heap.
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "bosunTestServer",
                            Map.of(
                                    "jobrunr.background-job-server.enabled",
                                    System.getProperty("bench.jobServer", "true"),
                                    "jobrunr.background-job-server.poll-interval-in-seconds",
                                    "5",
                                    "bosun.import.inline-limit-bytes",
                                    "200000")));
        }
    }
}

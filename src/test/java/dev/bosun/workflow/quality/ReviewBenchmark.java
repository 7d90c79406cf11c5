package dev.bosun.workflow.quality;

import dev.bosun.BosunApplication;
import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.amazon.ImportOptions;
import dev.bosun.amazon.ImportResult;
import dev.bosun.amazon.ReportImports;
import dev.bosun.platform.cli.ContextLauncher;
import dev.bosun.shared.Marketplace;
import dev.bosun.simulator.SimulatedFile;
import dev.bosun.simulator.SimulationSettings;
import dev.bosun.simulator.StoreSimulator;
import dev.bosun.workflow.DailyReview;
import dev.bosun.workflow.ReviewContext;
import dev.bosun.workflow.ReviewRule;
import dev.bosun.workflow.ReviewRun;
import dev.bosun.workflow.Thresholds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The daily review's speed on a large store (issue 5): 5,000 SKUs in US and DE with 400 days of history. Run by hand
 * with {@code bench/run-review-benchmark.sh}; prints figures, asserts nothing about time.
 *
 * <p>The simulator made at most 2,000 SKUs a store when this was written (it now makes 10,000), so the 5,000 are three
 * stores of different brands (seeds 1, 2 and 4: 2,000, 2,000 and 1,000 SKUs) imported into the same two seller
 * accounts; the figures in docs/benchmarks.md are of that store. Only the reports the review reads
 * are imported (orders, returns, Business Reports, inventory ledger and Manage FBA Inventory, All Listings, account
 * health, buyer messages, product reviews, the advertised product report); settlements, search terms and the like
 * would take an hour to import and are read by no rule. The application runs on the embedded database in
 * {@code BOSUN_DATA_DIR}, like the command line, so the loaded store stays for the next run.
 *
 * <p>System properties: {@code bench.phase} {@code load} (simulate and import), {@code review} (time the review) or
 * {@code all} (default); {@code bench.dir} where the simulated stores are written (default
 * {@code /tmp/review-bench}); {@code bench.stores} the seeds to load (default {@code 1,2,4}). A store already in
 * {@code bench.dir} (its {@code manifest.json} there, e.g. from {@code bosun simulate}) is imported as it is.
 */
@Tag("bench")
class ReviewBenchmark {

    static final long[][] STORES = {{1, 2000}, {2, 2000}, {4, 1000}};
    static final int DAYS = 400;
    static final List<Marketplace> MARKETPLACES = List.of(Marketplace.US, Marketplace.DE);
    static final Map<Marketplace, String> ACCOUNTS =
            Map.of(Marketplace.US, "Review bench US", Marketplace.DE, "Review bench EU");
    static final Set<String> REVIEWED_REPORTS = Set.of(
            "orders.all-orders",
            "orders.fba-customer-returns",
            "orders.merchant-returns",
            "orders.buyer-messages",
            "catalog.traffic-by-child-item",
            "catalog.sales-traffic-by-date",
            "catalog.merchant-listings",
            "inventory.ledger-summary",
            "inventory.manage-inventory",
            "health.seller-performance",
            "reviews.product-reviews",
            "advertising.console-report",
            "advertising.bulk-sheet");

    /**
     * Days of search-term and targeting rows imported: the widest window the ads rules may be set to (90 days); the
     * 400 days of them would take about an hour to import and no rule reads further back.
     */
    static final int RECENT_AD_DAYS = 90;

    private final String phase = System.getProperty("bench.phase", "all");
    private final Path dir = Path.of(System.getProperty("bench.dir", "/tmp/review-bench"));

    @Test
    void reviewOfAFiveThousandSkuStore() throws Exception {
        try (ConfigurableApplicationContext context = new ContextLauncher(BosunApplication.class).startForCommand()) {
            if (!phase.equals("review")) {
                load(context);
            }
            if (!phase.equals("load")) {
                review(context);
            }
        }
    }

    private void load(ConfigurableApplicationContext context) throws Exception {
        AccountDirectory directory = context.getBean(AccountDirectory.class);
        ReportImports imports = context.getBean(ReportImports.class);
        Map<Marketplace, Long> accounts = accounts(directory);
        List<String> only = List.of(System.getProperty("bench.stores", "1,2,4").split(","));
        for (long[] store : STORES) {
            if (!only.contains(String.valueOf(store[0]))) {
                continue;
            }
            Path folder = dir.resolve("store-" + store[0]);
            SimulationSettings settings = new SimulationSettings(
                    store[0], SimulationSettings.DEFAULT_START, DAYS, (int) store[1], MARKETPLACES);
            long start = System.nanoTime();
            List<SimulatedFile> written;
            if (Files.exists(folder.resolve("manifest.json"))) {
                written = manifest(folder);
                say("bench: seed %d already simulated in %s%n", store[0], folder);
            } else {
                written = new StoreSimulator().simulate(settings, folder).files();
                say("bench: simulated seed %d, %,d SKUs, %d days in %,d ms%n", store[0], store[1], DAYS, millis(start));
            }
            long rows = 0;
            int files = 0;
            start = System.nanoTime();
            for (SimulatedFile file : written) {
                if (!reviewed(file)) {
                    continue;
                }
                ImportOptions options = new ImportOptions(
                        false, file.marketplace(), file.snapshotDay(), file.snapshotDay(), "review-bench");
                Path path = recentOnly(file) ? recent(file, folder) : file.path();
                for (ImportResult result : imports.importFile(
                        accounts.get(file.marketplace()),
                        path,
                        folder.relativize(file.path()).toString(),
                        options)) {
                    rows += result.inserted() + result.updated() + result.unchanged();
                }
                files++;
            }
            say("bench: imported seed %d: %,d files, %,d rows in %,d ms%n", store[0], files, rows, millis(start));
        }
    }

    /** The files of a store simulated before (for instance by {@code bosun simulate}), as its manifest lists them. */
    private static List<SimulatedFile> manifest(Path folder) {
        JsonNode manifest = JsonMapper.builder()
                .build()
                .readTree(folder.resolve("manifest.json").toFile());
        List<SimulatedFile> files = new ArrayList<>();
        for (JsonNode f : manifest.get("files")) {
            JsonNode period = f.get("period");
            files.add(new SimulatedFile(
                    folder.resolve(f.get("path").asString()),
                    f.get("report").asString(),
                    Marketplace.valueOf(f.get("marketplace").asString()),
                    period == null || period.isNull() ? null : LocalDate.parse(period.asString())));
        }
        return files;
    }

    private static boolean reviewed(SimulatedFile file) {
        if (!REVIEWED_REPORTS.contains(file.report())) {
            return false;
        }
        String name = file.path().getFileName().toString();
        return !file.report().equals("advertising.console-report")
                || name.contains("Advertised product")
                || name.contains("Campaign report")
                || recentOnly(file);
    }

    /** The Sponsored Products console reports of which only the last {@link #RECENT_AD_DAYS} days are imported. */
    private static boolean recentOnly(SimulatedFile file) {
        String name = file.path().getFileName().toString();
        return file.report().equals("advertising.console-report")
                && (name.contains("Search term report") || name.contains("Targeting report"));
    }

    /**
     * A copy of a console report with its header and the rows of its last {@link #RECENT_AD_DAYS} dates. The simulator
     * writes the rows day by day with the date in the first column, so the file's distinct first cells, in order, are
     * its days (whatever the marketplace's date format): a first pass lists them, a second keeps the latest ones.
     */
    private static Path recent(SimulatedFile file, Path folder) throws java.io.IOException {
        java.util.LinkedHashSet<String> dates = new java.util.LinkedHashSet<>();
        try (var in = Files.newBufferedReader(file.path(), java.nio.charset.StandardCharsets.UTF_8)) {
            char delimiter = delimiter(in.readLine());
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                dates.add(firstCell(line, delimiter));
            }
        }
        Set<String> days = new java.util.HashSet<>(
                new ArrayList<>(dates).subList(Math.max(0, dates.size() - RECENT_AD_DAYS), dates.size()));
        Path copy = folder.resolve("recent").resolve(folder.relativize(file.path()));
        Files.createDirectories(copy.getParent());
        long kept = 0;
        try (var in = Files.newBufferedReader(file.path(), java.nio.charset.StandardCharsets.UTF_8);
                var out = Files.newBufferedWriter(copy, java.nio.charset.StandardCharsets.UTF_8)) {
            String header = in.readLine();
            out.write(header);
            out.newLine();
            char delimiter = delimiter(header);
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (days.contains(firstCell(line, delimiter))) {
                    out.write(line);
                    out.newLine();
                    kept++;
                }
            }
        }
        if (kept == 0) {
            throw new IllegalStateException("no row of the last " + RECENT_AD_DAYS + " days in " + file.path());
        }
        return copy;
    }

    private static char delimiter(String header) {
        return header.contains("\t") ? '\t' : header.contains(";") && !header.contains(",") ? ';' : ',';
    }

    /** The first cell as written (a quoted date such as {@code "Jan 05, 2026"} keeps its quotes). */
    private static String firstCell(String line, char delimiter) {
        int end = line.startsWith("\"") ? line.indexOf('"', 1) + 1 : line.indexOf(delimiter);
        return end > 0 ? line.substring(0, end) : line;
    }

    private void review(ConfigurableApplicationContext context) {
        AccountDirectory directory = context.getBean(AccountDirectory.class);
        DailyReview review = context.getBean(DailyReview.class);
        LocalDate date = SimulationSettings.DEFAULT_START.plusDays(DAYS);
        Map<Marketplace, Long> accounts = accounts(directory);
        say(
                "bench: review of %s (the morning after the last simulated day), %d cores, load average %.1f%n",
                date,
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
        // What the background job (ReplenishmentSheetJob) stores after the last import, before the morning review:
        // the replenishment sheet the stock-out items take their quantities to order from. Not part of the review.
        dev.bosun.inventory.Replenishment replenishment = context.getBean(dev.bosun.inventory.Replenishment.class);
        for (Marketplace marketplace : MARKETPLACES) {
            long start = System.nanoTime();
            int lines = replenishment
                    .current(accounts.get(marketplace), marketplace, date)
                    .lines()
                    .size();
            say(
                    "bench: replenishment sheet of %s as of %s (background job, before the review): %,d lines, %,d ms%n",
                    ACCOUNTS.get(marketplace), date, lines, millis(start));
        }
        for (int round = 1; round <= 3; round++) {
            long total = 0;
            Cpu before = Cpu.now();
            for (Marketplace marketplace : MARKETPLACES) {
                long start = System.nanoTime();
                ReviewRun run = review.run(accounts.get(marketplace), date);
                long took = millis(start);
                total += took;
                say(
                        "bench: round %d, %s: DailyReview.run %,d ms, %d items (%d new, %d resolved), failed %s%n",
                        round,
                        ACCOUNTS.get(marketplace),
                        took,
                        run.found(),
                        run.created(),
                        run.resolved(),
                        run.failedRules());
            }
            Cpu used = Cpu.now().minus(before);
            say(
                    "bench: round %d, both accounts: %,d ms wall; CPU %,d ms Java + %,d ms PostgreSQL%n",
                    round, total, used.javaMillis(), used.postgresMillis());
        }
        for (Marketplace marketplace : MARKETPLACES) {
            SellerAccount account = directory.account(accounts.get(marketplace)).orElseThrow();
            Clock asOf = Clock.fixed(
                    date.plusDays(1).atStartOfDay(DailyReview.zone(account)).toInstant(), DailyReview.zone(account));
            List<String> parts = new ArrayList<>();
            for (ReviewRule rule : review.rules()) {
                ReviewContext asked = new ReviewContext(
                        account.id(), account.marketplaces(), date, Thresholds.defaults(rule.thresholds()), asOf);
                long best = Long.MAX_VALUE;
                int found = 0;
                for (int i = 0; i < 3; i++) {
                    long start = System.nanoTime();
                    found = rule.findings(asked).size();
                    best = Math.min(best, millis(start));
                }
                parts.add(String.format(java.util.Locale.ROOT, "%s %,d ms (%d)", rule.id(), best, found));
            }
            say("bench: per rule (best of 3), %s: %s%n", ACCOUNTS.get(marketplace), String.join("; ", parts));
        }
    }

    /**
     * CPU time used so far by this JVM and by the embedded PostgreSQL of {@code BOSUN_DATA_DIR} (its server process,
     * its live backends and the backends that ended), from {@code /proc}; zero for PostgreSQL where there is none.
     */
    record Cpu(long javaMillis, long postgresMillis) {

        static Cpu now() {
            long jvm = ((com.sun.management.OperatingSystemMXBean)
                                    java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                            .getProcessCpuTime()
                    / 1_000_000;
            return new Cpu(jvm, postgresNow());
        }

        Cpu minus(Cpu earlier) {
            return new Cpu(javaMillis - earlier.javaMillis, postgresMillis - earlier.postgresMillis);
        }

        private static long postgresNow() {
            String dataDir = System.getenv().getOrDefault("BOSUN_DATA_DIR", "./data");
            long ticks = 0;
            try (var procs = Files.list(Path.of("/proc"))) {
                for (Path proc : procs.filter(p -> p.getFileName().toString().matches("\\d+"))
                        .toList()) {
                    try {
                        String cmd = Files.readString(proc.resolve("cmdline")).replace('\0', ' ');
                        if (!cmd.contains("postgres") || !cmd.contains(dataDir)) {
                            continue;
                        }
                        long postmaster = Long.parseLong(proc.getFileName().toString());
                        ticks += ticks(proc, true);
                        for (Path child : Files.list(Path.of("/proc")).toList()) {
                            if (child.getFileName().toString().matches("\\d+") && parent(child) == postmaster) {
                                ticks += ticks(child, false);
                            }
                        }
                    } catch (java.io.IOException | RuntimeException gone) {
                        // a process that ended while we looked
                    }
                }
            } catch (java.io.IOException e) {
                return 0;
            }
            return ticks * 10;
        }

        /** utime + stime (and, for the server, the time of its children that ended), in clock ticks (1/100 s). */
        private static long ticks(Path proc, boolean withChildren) throws java.io.IOException {
            String[] f = fields(proc);
            long t = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            return withChildren ? t + Long.parseLong(f[13]) + Long.parseLong(f[14]) : t;
        }

        private static long parent(Path proc) {
            try {
                return Long.parseLong(fields(proc)[1]);
            } catch (java.io.IOException | RuntimeException e) {
                return -1;
            }
        }

        /** The fields of /proc/PID/stat after the command name: state, ppid, … (utime is the 12th). */
        private static String[] fields(Path proc) throws java.io.IOException {
            String stat = Files.readString(proc.resolve("stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        }
    }

    private static Map<Marketplace, Long> accounts(AccountDirectory directory) {
        Map<Marketplace, Long> accounts = new LinkedHashMap<>();
        long organisation = directory.defaultOrganisation();
        ACCOUNTS.forEach((marketplace, name) -> accounts.put(
                marketplace,
                directory
                        .findByName(organisation, name)
                        .orElseGet(() -> directory.create(organisation, name, List.of(marketplace), null))
                        .id()));
        return accounts;
    }

    /** Prints a line of figures and keeps it in {@code target/review-benchmark.txt}, where no log buries it. */
    private static void say(String format, Object... args) {
        String line = String.format(java.util.Locale.ROOT, format, args);
        System.out.print(line);
        try {
            Files.writeString(
                    Path.of("target", "review-benchmark.txt"),
                    line,
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}

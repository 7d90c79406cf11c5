package dev.bosun.simulator;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.amazon.ImportBatch;
import dev.bosun.amazon.ImportOptions;
import dev.bosun.amazon.ImportResult;
import dev.bosun.amazon.ImportUpload;
import dev.bosun.amazon.ImportUploads;
import dev.bosun.amazon.ReportImports;
import dev.bosun.platform.BosunSettings;
import dev.bosun.shared.Marketplace;
import dev.bosun.shared.Region;
import dev.bosun.simulator.DemoStatus.Phase;
import dev.bosun.simulator.db.DemoStores;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.storage.JobNotFoundException;
import org.jobrunr.storage.StorageProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo store: a simulated store that lets a new installation show Bosun at work without an Amazon account. It
 * lives in demo seller accounts of the organisation (one per region, e.g. "Demo US" and "Demo EU"), marked demo
 * everywhere they show. Its report files enter Bosun only through the report importer, as uploads that the Imports
 * page and the banner on every page follow; an admin can remove it with all its data.
 */
@Service
public class DemoStore {

    /** Who the demo's uploads and batches are recorded as imported by. */
    public static final String IMPORTED_BY = "demo";

    private static final Logger log = LoggerFactory.getLogger(DemoStore.class);
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final AccountDirectory directory;
    private final ImportUploads uploads;
    private final ReportImports imports;
    private final StoreSimulator simulator;
    private final DemoStores stores;
    private final StorageProvider jobs;
    private final Path root;
    private final Clock clock;

    DemoStore(
            AccountDirectory directory,
            ImportUploads uploads,
            ReportImports imports,
            StoreSimulator simulator,
            DemoStores stores,
            StorageProvider jobs,
            BosunSettings settings,
            Clock clock) {
        this.directory = directory;
        this.uploads = uploads;
        this.imports = imports;
        this.simulator = simulator;
        this.stores = stores;
        this.jobs = jobs;
        this.root = settings.dataDirectory().resolve("demo");
        this.clock = clock;
    }

    /**
     * Creates the demo store of an organisation: its demo seller accounts, one per region of the plan's
     * marketplaces, and the record the job and the banner follow. Nothing is simulated yet: {@link #run} does it.
     *
     * @throws IllegalStateException when the organisation has a demo store already
     */
    @Transactional
    public DemoStatus create(long organisationId, DemoPlan plan) {
        if (stores.find(organisationId).isPresent()) {
            throw new IllegalStateException("organisation " + organisationId + " has a demo store already");
        }
        Map<Region, List<Marketplace>> byRegion = new EnumMap<>(Region.class);
        for (Marketplace marketplace : plan.marketplaces()) {
            byRegion.computeIfAbsent(marketplace.region(), r -> new ArrayList<>())
                    .add(marketplace);
        }
        byRegion.forEach((region, marketplaces) ->
                directory.createDemo(organisationId, accountName(region, marketplaces), marketplaces));
        stores.insert(
                organisationId,
                plan,
                root.resolve(Long.toString(organisationId)).toString(),
                clock.instant());
        return status(organisationId).orElseThrow();
    }

    /** The demo account's name: "Demo EU" for Europe, else "Demo" and its first marketplace, e.g. "Demo US". */
    static String accountName(Region region, List<Marketplace> marketplaces) {
        return "Demo " + (region == Region.EU ? "EU" : marketplaces.get(0).code());
    }

    /** Remembers the background job running the demo, so that a job that died with its server shows as failed. */
    public void runningAs(long organisationId, UUID jobId) {
        stores.jobId(organisationId, jobId.toString());
    }

    /**
     * The demo job: simulates the store into {@code BOSUN_DATA_DIR/demo/<organisation>} and imports every file
     * through the report importer, one upload per marketplace into its region's demo account. Runs in the
     * caller's thread (the background job, or a test).
     *
     * @throws IllegalStateException when the organisation has no demo store waiting to be run
     */
    public DemoStatus run(long organisationId) {
        DemoStores.Row row = stores.find(organisationId)
                .orElseThrow(() -> new IllegalStateException("organisation " + organisationId + " has no demo store"));
        if (!stores.advance(organisationId, Phase.QUEUED, Phase.SIMULATING)) {
            throw new IllegalStateException("the demo store of organisation " + organisationId
                    + " is not waiting to be run (it is " + row.phase() + ")");
        }
        try {
            long started = clock.millis();
            Path folder = Path.of(row.folder());
            deleteFolder(folder);
            SimulatedStore store = simulator.simulate(row.plan().settings(), folder);
            log.info("Demo store: simulated {} files in {} ms", store.files().size(), clock.millis() - started);
            Map<Marketplace, DemoStores.Upload> prepared = prepare(organisationId, row.plan(), store);
            stores.advance(organisationId, Phase.SIMULATING, Phase.IMPORTING);
            List<ImportResult> results = importAll(List.copyOf(prepared.values()));
            long refused = results.stream().filter(r -> !r.imported()).count();
            long rejectedRows =
                    results.stream().mapToLong(ImportResult::rejected).sum();
            long rows = results.stream().mapToLong(ImportResult::rows).sum();
            String message = results.size() + " reports imported (" + rows + " rows) in "
                    + (clock.millis() - started) / 1000 + " s; " + refused + " refused, " + rejectedRows
                    + " rows rejected";
            stores.finish(organisationId, refused == 0 ? Phase.DONE : Phase.FAILED, message, clock.instant());
            log.info("Demo store: {}", message);
        } catch (RuntimeException e) {
            log.error("Demo store of organisation {} failed", organisationId, e);
            stores.finish(
                    organisationId,
                    Phase.FAILED,
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(),
                    clock.instant());
            throw e;
        }
        return status(organisationId).orElseThrow();
    }

    /**
     * Imports the uploads side by side, one thread each (a marketplace's import leaves part of the machine idle:
     * its parser and its database writer wait on one another, and the many small Business Reports wait on round
     * trips), and returns their results in upload order.
     */
    private List<ImportResult> importAll(List<DemoStores.Upload> prepared) {
        ExecutorService pool = Executors.newFixedThreadPool(prepared.size(), runnable -> {
            Thread thread = new Thread(runnable, "demo-import-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<List<ImportResult>>> running = new ArrayList<>();
            for (DemoStores.Upload upload : prepared) {
                running.add(pool.submit(() -> uploads.run(
                        upload.accountId(),
                        upload.uploadId(),
                        new ImportOptions(false, upload.marketplace(), null, null, IMPORTED_BY))));
            }
            List<ImportResult> results = new ArrayList<>();
            for (Future<List<ImportResult>> upload : running) {
                results.addAll(upload.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the demo import was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("the demo import failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Hands the simulated files to the importer: one upload per marketplace, in the order written. Snapshot reports
     * (inventory, restock, fee preview) hold no date, so they are named with their day, as a downloaded snapshot
     * would be (the simulator names its daily snapshots so already).
     */
    private Map<Marketplace, DemoStores.Upload> prepare(long organisationId, DemoPlan plan, SimulatedStore store) {
        Map<Marketplace, List<ImportUploads.LocalFile>> files = new LinkedHashMap<>();
        for (SimulatedFile file : store.files()) {
            files.computeIfAbsent(file.marketplace(), m -> new ArrayList<>())
                    .add(new ImportUploads.LocalFile(importName(store.folder(), file), file.path()));
        }
        Map<Marketplace, DemoStores.Upload> prepared = new LinkedHashMap<>();
        for (Map.Entry<Marketplace, List<ImportUploads.LocalFile>> entry : files.entrySet()) {
            SellerAccount account = demoAccount(organisationId, entry.getKey());
            long uploadId = uploads.prepare(account.id(), entry.getValue(), IMPORTED_BY);
            DemoStores.Upload upload = new DemoStores.Upload(account.id(), uploadId, entry.getKey());
            stores.addUpload(organisationId, upload);
            prepared.put(entry.getKey(), upload);
        }
        return prepared;
    }

    /** The name a file is imported under: its path in the store's folder, with the day of a snapshot. */
    static String importName(Path folder, SimulatedFile file) {
        String name = folder.relativize(file.path()).toString().replace('\\', '/');
        LocalDate day = file.snapshotDay();
        if (day == null || name.contains(day.toString())) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        int slash = name.lastIndexOf('/');
        return dot > slash ? name.substring(0, dot) + "-" + day + name.substring(dot) : name + "-" + day;
    }

    private SellerAccount demoAccount(long organisationId, Marketplace marketplace) {
        return directory.ofOrganisation(organisationId).stream()
                .filter(a -> a.demo() && a.sellsIn(marketplace))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "organisation " + organisationId + " has no demo account selling in " + marketplace.code()));
    }

    /**
     * The organisation's demo store, with the progress of its uploads; empty when it has none. A job that died
     * with its server (its JobRunr job failed or vanished) shows as failed.
     */
    public Optional<DemoStatus> status(long organisationId) {
        return stores.find(organisationId).map(row -> {
            int done = 0;
            int total = 0;
            for (DemoStores.Upload upload : stores.uploads(organisationId)) {
                Optional<ImportUpload> progress = uploads.upload(upload.accountId(), upload.uploadId());
                if (progress.isPresent()) {
                    done += progress.get().filesDone();
                    total += progress.get().filesTotal();
                }
            }
            Phase phase = row.phase();
            String message = row.message();
            if (phase.running() && jobGone(row.jobId())) {
                phase = Phase.FAILED;
                message = "the demo job stopped before it was done (was the server stopped?)";
            }
            return new DemoStatus(
                    organisationId,
                    phase,
                    row.plan(),
                    Path.of(row.folder()),
                    phase == Phase.DONE ? total : done,
                    total,
                    row.batchesRemoved(),
                    row.batchesToRemove(),
                    message,
                    row.createdAt(),
                    row.finishedAt());
        });
    }

    private boolean jobGone(String jobId) {
        if (jobId == null) {
            return false;
        }
        try {
            StateName state = jobs.getJobById(UUID.fromString(jobId)).getState();
            return state == StateName.FAILED || state == StateName.DELETED;
        } catch (JobNotFoundException e) {
            return true;
        }
    }

    /** What removing the demo store took away. */
    public record Removal(List<String> accounts, long rows) {}

    /**
     * Removes the organisation's demo store in the caller's thread ({@link #startRemoval}, then
     * {@link #runRemoval}).
     *
     * @throws IllegalStateException while a demo job is running
     */
    public Removal remove(long organisationId) {
        startRemoval(organisationId);
        return runRemoval(organisationId);
    }

    /**
     * Marks the demo store as being removed, counting the import batches of its accounts for the banner; the
     * removal itself is {@link #runRemoval}, the job the caller queues.
     *
     * @throws IllegalStateException while a demo job is running (importing, or removing already)
     */
    public DemoStatus startRemoval(long organisationId) {
        Optional<DemoStatus> status = status(organisationId);
        if (status.isPresent() && status.get().running()) {
            throw new IllegalStateException("the demo store is still being imported; remove it when it is done");
        }
        int batches = 0;
        for (SellerAccount account : demoAccounts(organisationId)) {
            batches += imports.history(account.id(), Integer.MAX_VALUE).size();
        }
        if (status.isPresent()) {
            Phase stored = stores.find(organisationId).orElseThrow().phase();
            if (!stores.removing(organisationId, stored, batches)) {
                throw new IllegalStateException("the demo store is still being imported; remove it when it is done");
            }
        }
        return status(organisationId).orElse(null);
    }

    /**
     * Removes the organisation's demo store: every demo account's imported data through each module's batch
     * forget, newest batch first (the banner counts them), the stored uploads, the accounts themselves, the
     * simulated folder and the demo record. Real accounts are left alone. A failure leaves the store FAILED with
     * what went wrong, and what was removed stays removed; removing again takes the rest.
     */
    public Removal runRemoval(long organisationId) {
        try {
            List<String> removed = new ArrayList<>();
            long rows = 0;
            int batches = 0;
            for (SellerAccount account : demoAccounts(organisationId)) {
                List<ImportBatch> newestFirst = new ArrayList<>(imports.history(account.id(), Integer.MAX_VALUE));
                newestFirst.sort(Comparator.comparingLong(ImportBatch::id).reversed());
                for (ImportBatch batch : newestFirst) {
                    long deleted = imports.deleteBatch(account.id(), batch.id()).orElse(0L);
                    if (deleted < 0) {
                        throw new IllegalStateException("the rows of batch " + batch.id() + " (" + batch.fileName()
                                + ") cannot be removed: its importer cannot tell them apart");
                    }
                    rows += deleted;
                    stores.batchesRemoved(organisationId, ++batches);
                }
                rows += imports.forgetAccount(account.id());
                uploads.deleteStoredFiles(account.id());
                directory.deleteDemo(organisationId, account.id());
                removed.add(account.name());
            }
            Optional<DemoStores.Row> row = stores.find(organisationId);
            stores.delete(organisationId);
            row.ifPresent(r -> deleteFolder(Path.of(r.folder())));
            log.info("Removed the demo store of organisation {}: accounts {}, {} rows", organisationId, removed, rows);
            return new Removal(removed, rows);
        } catch (RuntimeException e) {
            log.error("Removing the demo store of organisation {} failed", organisationId, e);
            if (stores.find(organisationId).isPresent()) {
                stores.finish(
                        organisationId,
                        Phase.FAILED,
                        e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(),
                        clock.instant());
            }
            throw e;
        }
    }

    private List<SellerAccount> demoAccounts(long organisationId) {
        return directory.ofOrganisation(organisationId).stream()
                .filter(SellerAccount::demo)
                .toList();
    }

    private static void deleteFolder(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the demo folder " + folder + ": " + e.getMessage(), e);
        }
    }
}

package dev.bosun.amazon;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.amazon.db.ImportBatches;
import dev.bosun.amazon.domain.DateOrder;
import dev.bosun.amazon.domain.FilePeriod;
import dev.bosun.amazon.domain.LayoutMatch;
import dev.bosun.amazon.domain.NumberStyle;
import dev.bosun.amazon.reading.Conventions;
import dev.bosun.amazon.reading.DocumentContent;
import dev.bosun.amazon.reading.OpenedReport;
import dev.bosun.amazon.reading.Problems;
import dev.bosun.amazon.reading.ReadLimits;
import dev.bosun.amazon.reading.ReportFiles;
import dev.bosun.amazon.reading.ReportRejectedException;
import dev.bosun.amazon.reading.ReportSource;
import dev.bosun.amazon.reading.TableContent;
import dev.bosun.shared.Marketplace;
import dev.bosun.shared.Region;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports report files for a seller account: opens them (plain, gzip, zip, xlsx, JSON), recognises each report
 * from its content, hands its rows to the module importer of that report inside one transaction, and records the
 * batch with its provenance. A file with problems changes nothing unless the import is lenient; then its good
 * rows are kept and the rejected ones listed. Importing a file again changes nothing.
 */
@Service
public class ReportImports {

    private static final Logger log = LoggerFactory.getLogger(ReportImports.class);
    private static final Set<Marketplace> DECIMAL_COMMA_MARKETPLACES = Set.of(
            Marketplace.DE,
            Marketplace.FR,
            Marketplace.IT,
            Marketplace.ES,
            Marketplace.NL,
            Marketplace.SE,
            Marketplace.PL,
            Marketplace.BE,
            Marketplace.TR,
            Marketplace.BR);

    private final Map<String, ReportImporter> importers;
    private final AccountDirectory directory;
    private final ImportBatches batches;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ReadLimits limits;
    private final ApplicationEventPublisher events;

    ReportImports(
            List<ReportImporter> importers,
            AccountDirectory directory,
            ImportBatches batches,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            Clock clock) {
        Map<String, ReportImporter> byId = new LinkedHashMap<>();
        for (ReportImporter importer : importers) {
            if (byId.put(importer.layout().id(), importer) != null) {
                throw new IllegalStateException(
                        "two importers for report layout " + importer.layout().id());
            }
        }
        this.importers = Map.copyOf(byId);
        this.directory = directory;
        this.batches = batches;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
        this.limits = ReadLimits.DEFAULT;
    }

    /** The report types Bosun can import, by title. */
    public List<ReportLayout> layouts() {
        return importers.values().stream()
                .map(ReportImporter::layout)
                .sorted(Comparator.comparing(ReportLayout::title))
                .toList();
    }

    /**
     * Imports one uploaded file (several results for a zip holding several reports).
     *
     * @param displayName the name the user knows the file by (for messages and the file-name period)
     */
    public List<ImportResult> importFile(long accountId, Path file, String displayName, ImportOptions options) {
        SellerAccount account = directory
                .account(accountId)
                .orElseThrow(() -> new IllegalArgumentException("no seller account " + accountId));
        if (options.marketplace() != null && !account.sellsIn(options.marketplace())) {
            throw new IllegalArgumentException("the account " + account.name() + " does not sell in "
                    + options.marketplace().code() + " (it sells in "
                    + account.marketplaces().stream().map(Marketplace::code).collect(Collectors.joining(",")) + ")");
        }
        String sha256 = sha256(file);
        List<ImportResult> results = new ArrayList<>();
        List<ReportSource> sources;
        try {
            sources = ReportFiles.open(file, displayName, limits, options.progress());
        } catch (ReportRejectedException e) {
            results.add(refuse(account, file, displayName, sha256, null, e.getMessage(), options, clock.millis()));
            return results;
        }
        for (ReportSource source : sources) {
            results.add(importSource(account, file, source, sha256, options));
        }
        return results;
    }

    private ImportResult importSource(
            SellerAccount account, Path file, ReportSource source, String sha256, ImportOptions options) {
        long started = clock.millis();
        HeaderSearch search = new HeaderSearch(tableLayouts());
        try (OpenedReport opened = OpenedReport.open(source, limits, search::isHeader, streamedArrays())) {
            Problems problems = opened.isJsonArray() ? Problems.ofJsonArray() : new Problems();
            ReportLayout layout;
            Map<String, Integer> index = Map.of();
            String readAs;
            if (opened.isDocument()) {
                layout = documentLayout(opened.jsonDocument().keys(), source.name());
                readAs = "JSON document";
            } else {
                LayoutMatch match = LayoutMatch.best(opened.table().headers(), search.layouts)
                        .orElseThrow(() -> new ReportRejectedException(source.name() + ": no report types are known"));
                if (!match.complete()) {
                    throw new ReportRejectedException(notRecognised(source.name(), search.closest(match)));
                }
                layout = match.layout();
                index = match.columnIndex();
                readAs = opened.table().description();
            }
            Marketplace marketplace = options.marketplace();
            SnapshotDay snapshot = layout.period() == ReportLayout.PeriodSource.DOWNLOAD_DAY
                    ? snapshotDay(layout, source.name(), options, zone(account, marketplace))
                    : null;
            FilePeriod period = snapshot != null
                    ? new FilePeriod(snapshot.day(), snapshot.day())
                    : period(layout, source.name(), options);
            long batchId = batches.nextId();
            ImportContext context = new ImportContext(
                    account.id(),
                    batchId,
                    source.name(),
                    account.marketplaces(),
                    marketplace,
                    period == null ? null : period.from(),
                    period == null ? null : period.to(),
                    new Coverage(),
                    snapshot);
            ReportImporter importer = importers.get(layout.id());
            Conventions conventions = conventions(account, context);
            TableContent table =
                    opened.isDocument() ? null : new TableContent(opened.table(), index, conventions, problems);
            DocumentContent document =
                    opened.isDocument() ? new DocumentContent(opened.jsonDocument(), problems) : null;
            ReportContent content = table != null ? table : document;
            ImportResult result = transactions.execute(status -> {
                ImportCounts counts = importer.load(context, content);
                long rows = table != null
                        ? table.read()
                        : document.read() > 0
                                ? document.read()
                                : counts.inserted() + counts.updated() + counts.unchanged();
                long rejected = table != null ? table.rejected() : document.rejected();
                boolean refused = problems.any() && (!options.lenient() || problems.wholeFile());
                ImportResult outcome = new ImportResult(
                        batchId,
                        source.name(),
                        layout.id(),
                        layout.title(),
                        refused ? "REJECTED" : problems.any() ? "PARTIAL" : "IMPORTED",
                        marketplaces(context),
                        periodFrom(context),
                        periodTo(context),
                        rows,
                        refused ? 0 : counts.inserted(),
                        refused ? 0 : counts.updated(),
                        refused ? 0 : counts.unchanged(),
                        rejected,
                        clock.millis() - started,
                        problems.kept(),
                        problems.count(),
                        snapshot);
                if (refused) {
                    status.setRollbackOnly();
                } else {
                    batches.insert(
                            account.id(),
                            outcome,
                            sha256,
                            readAs,
                            options.importedBy(),
                            stored(file),
                            options.uploadId(),
                            clock.instant());
                    events.publishEvent(new ReportImported(account.id(), batchId, layout.id()));
                }
                return outcome;
            });
            if ("REJECTED".equals(result.status())) {
                transactions.executeWithoutResult(s -> batches.insert(
                        account.id(),
                        result,
                        sha256,
                        readAs,
                        options.importedBy(),
                        stored(file),
                        options.uploadId(),
                        clock.instant()));
            }
            log.info(
                    "Imported {} as {} for account {}: {} rows, {} inserted, {} updated, {} unchanged, {} rejected ({})",
                    source.name(),
                    layout.id(),
                    account.id(),
                    result.rows(),
                    result.inserted(),
                    result.updated(),
                    result.unchanged(),
                    result.rejected(),
                    result.status());
            return result;
        } catch (ReportRejectedException e) {
            return refuse(account, file, source.name(), sha256, null, e.getMessage(), options, started);
        } catch (org.springframework.dao.DataAccessException | org.jooq.exception.DataAccessException e) {
            // A value the importer let through but the database refuses (too long, out of range): the transaction
            // is rolled back; the file is refused with the database's reason instead of failing the request.
            log.warn("The database refused {} for account {}", source.name(), account.id(), e);
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            return refuse(
                    account,
                    file,
                    source.name(),
                    sha256,
                    null,
                    "the file holds a value the database cannot store (" + firstLine(root.getMessage())
                            + "); nothing was imported",
                    options,
                    started);
        } catch (IOException e) {
            return refuse(
                    account,
                    file,
                    source.name(),
                    sha256,
                    null,
                    source.name() + " cannot be read: " + e.getMessage(),
                    options,
                    started);
        }
    }

    private ImportResult refuse(
            SellerAccount account,
            Path file,
            String name,
            String sha256,
            ReportLayout layout,
            String message,
            ImportOptions options,
            long started) {
        long batchId = batches.nextId();
        String text = message.startsWith(name + ": ")
                ? message.substring(name.length() + 2)
                : message.startsWith(name + " ") ? "the file " + message.substring(name.length() + 1) : message;
        ImportProblem problem = new ImportProblem(0, 0, null, text);
        ImportResult result = new ImportResult(
                batchId,
                name,
                layout == null ? null : layout.id(),
                layout == null ? null : layout.title(),
                "REJECTED",
                List.of(),
                null,
                null,
                0,
                0,
                0,
                0,
                0,
                clock.millis() - started,
                List.of(problem),
                1,
                null);
        transactions.executeWithoutResult(s -> batches.insert(
                account.id(),
                result,
                sha256,
                null,
                options.importedBy(),
                stored(file),
                options.uploadId(),
                clock.instant()));
        return result;
    }

    private List<ReportLayout> tableLayouts() {
        return importers.values().stream()
                .map(ReportImporter::layout)
                .filter(l -> l.shape() == ReportLayout.Shape.TABLE)
                .toList();
    }

    private ReportLayout documentLayout(Set<String> keys, String name) {
        ReportLayout best = null;
        int bestFound = -1;
        for (ReportImporter importer : importers.values()) {
            ReportLayout layout = importer.layout();
            if (layout.shape() != ReportLayout.Shape.JSON_DOCUMENT) {
                continue;
            }
            int found =
                    (int) layout.documentKeys().stream().filter(keys::contains).count();
            boolean complete = found == layout.documentKeys().size();
            if (complete
                    && (best == null
                            || found > bestFound
                            || bestFound < best.documentKeys().size())) {
                best = layout;
                bestFound = found;
            }
        }
        if (best != null) {
            return best;
        }
        ReportLayout closest = importers.values().stream()
                .map(ReportImporter::layout)
                .filter(l -> l.shape() == ReportLayout.Shape.JSON_DOCUMENT)
                .max(Comparator.comparingLong(
                        l -> l.documentKeys().stream().filter(keys::contains).count()))
                .orElse(null);
        List<String> found = new ArrayList<>(keys);
        throw new ReportRejectedException(name + " is a JSON document Bosun does not recognise (top-level keys: "
                + String.join(", ", found.subList(0, Math.min(8, found.size()))) + ")"
                + (closest == null
                        ? ""
                        : "; the closest known report is " + closest.title() + " ("
                                + String.join(", ", closest.amazonNames()) + "), which has the keys "
                                + String.join(", ", closest.documentKeys())));
    }

    /** The top-level arrays that document layouts read element by element from the file. */
    private Set<String> streamedArrays() {
        return importers.values().stream()
                .map(ReportImporter::layout)
                .flatMap(l -> l.streamedArrays().stream())
                .collect(Collectors.toSet());
    }

    /**
     * Tells the reader which line is a header row (one that completes a layout) and remembers, among the lines it
     * tried after the first, the one closest to a layout, for a message about a file whose header row is damaged.
     */
    private static final class HeaderSearch {
        private final List<ReportLayout> layouts;
        private LayoutMatch closestLater;
        private boolean first = true;

        HeaderSearch(List<ReportLayout> layouts) {
            this.layouts = layouts;
        }

        boolean isHeader(List<String> headers) {
            LayoutMatch match = LayoutMatch.best(headers, layouts).orElse(null);
            if (match == null) {
                return false;
            }
            if (!first && !match.complete() && (closestLater == null || share(match) > share(closestLater))) {
                closestLater = match;
            }
            first = false;
            return match.complete();
        }

        /** The later line's match when it has clearly more of a layout's required columns than the first line. */
        LayoutMatch closest(LayoutMatch firstLine) {
            return closestLater != null && share(closestLater) >= 0.5 && share(closestLater) > share(firstLine)
                    ? closestLater
                    : firstLine;
        }

        private static double share(LayoutMatch match) {
            int required = match.layout().requiredColumns().size();
            return required == 0 ? 0 : (required - match.missing().size()) / (double) required;
        }
    }

    private static String notRecognised(String name, LayoutMatch closest) {
        ReportLayout layout = closest.layout();
        return name + " is not a report Bosun recognises. The closest known report is " + layout.title()
                + (layout.amazonNames().isEmpty() ? "" : " (" + String.join(", ", layout.amazonNames()) + ")")
                + ", but the file lacks its column" + (closest.missing().size() == 1 ? " " : "s ")
                + closest.missing().stream().limit(12).map(c -> "'" + c + "'").collect(Collectors.joining(", "))
                + (closest.missing().size() > 12 ? " and " + (closest.missing().size() - 12) + " more" : "")
                + ". Check that the file holds the report's header row, as its first line or within its first "
                + (OpenedReport.HEADER_SEARCH_LINES + 1) + " lines.";
    }

    private static FilePeriod period(ReportLayout layout, String name, ImportOptions options) {
        if (options.periodFrom() != null) {
            return new FilePeriod(
                    options.periodFrom(), options.periodTo() == null ? options.periodFrom() : options.periodTo());
        }
        if (layout.period() != ReportLayout.PeriodSource.FILE_NAME_OR_OPTION) {
            return null;
        }
        return FilePeriod.fromFileName(name)
                .orElseThrow(() -> new ReportRejectedException(name + " is a "
                        + layout.title() + ", which holds no dates: it covers the range chosen when it was downloaded. "
                        + "Name the file with that range (…2026-11-24.csv for one day, …2026-11-01_2026-11-24.csv for a "
                        + "range) or give the period: bosun import --period 2026-11-01..2026-11-24, or the Period field "
                        + "of the upload form."));
    }

    /**
     * The day a snapshot report stands for: the one day the user gave, else the one date its file name holds, else
     * today in {@code zone}. A range, or a name with several dates, refuses the file with what to do instead.
     */
    private SnapshotDay snapshotDay(ReportLayout layout, String name, ImportOptions options, ZoneId zone) {
        if (options.periodFrom() != null) {
            LocalDate from = options.periodFrom();
            LocalDate to = options.periodTo() == null ? from : options.periodTo();
            if (!to.equals(from)) {
                throw new ReportRejectedException(name + " is a " + layout.title()
                        + ", a snapshot of the day it was downloaded, so its period is one day: give --period " + from
                        + " (or the day it was downloaded), not the range " + from + ".." + to + ".");
            }
            return new SnapshotDay(from, SnapshotDay.Source.PERIOD);
        }
        List<LocalDate> days = FilePeriod.daysInFileName(name);
        if (days.size() > 1) {
            throw new ReportRejectedException(name + " is a " + layout.title()
                    + ", a snapshot of the day it was downloaded, but its name holds several dates ("
                    + days.stream().map(LocalDate::toString).collect(Collectors.joining(", "))
                    + "): give the day it was downloaded with --period YYYY-MM-DD, or the Period field of the upload"
                    + " form.");
        }
        if (days.size() == 1) {
            return new SnapshotDay(days.get(0), SnapshotDay.Source.FILE_NAME);
        }
        return new SnapshotDay(clock.instant().atZone(zone).toLocalDate(), SnapshotDay.Source.CLOCK);
    }

    /** The zone of the import: the given marketplace's, else the account's first marketplace's (as ImportContext). */
    private static ZoneId zone(SellerAccount account, Marketplace given) {
        Marketplace market = given != null ? given : account.primaryMarketplace();
        return market == null ? ZoneId.of("UTC") : market.zone();
    }

    private static Conventions conventions(SellerAccount account, ImportContext context) {
        Marketplace market = context.defaultMarketplace().orElse(account.primaryMarketplace());
        NumberStyle numbers = market != null && DECIMAL_COMMA_MARKETPLACES.contains(market)
                ? NumberStyle.DECIMAL_COMMA
                : NumberStyle.DECIMAL_POINT;
        DateOrder dates = account.region() == Region.NA ? DateOrder.MONTH_FIRST : DateOrder.DAY_FIRST;
        ZoneId zone = market == null ? ZoneId.of("UTC") : market.zone();
        return new Conventions(numbers, dates, zone);
    }

    private static List<String> marketplaces(ImportContext context) {
        List<String> seen = context.coverage().marketplaceCodes();
        return !seen.isEmpty()
                ? seen
                : context.defaultMarketplace().map(m -> List.of(m.code())).orElse(List.of());
    }

    private static LocalDate periodFrom(ImportContext context) {
        return context.periodFrom() != null
                ? context.periodFrom()
                : context.coverage().from();
    }

    private static LocalDate periodTo(ImportContext context) {
        return context.periodTo() != null
                ? context.periodTo()
                : context.coverage().to();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static String stored(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }

    private static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of()
                    .formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new ReportRejectedException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Deletes a batch and the rows it wrote that no later import has taken over. A refused batch has no rows.
     *
     * @return the rows removed; empty when the batch does not exist; -1 when its report type cannot remove rows
     */
    public Optional<Long> deleteBatch(long accountId, long batchId) {
        Optional<ImportBatch> batch = batches.find(accountId, batchId);
        if (batch.isEmpty()) {
            return Optional.empty();
        }
        ReportImporter importer = batch.get().layoutId() == null
                ? null
                : importers.get(batch.get().layoutId());
        return Optional.of(transactions.execute(status -> {
            long removed = 0;
            if (importer != null && !"REJECTED".equals(batch.get().status())) {
                removed = importer.forget(accountId, batchId);
                if (removed < 0 && !importer.batchTables().isEmpty()) {
                    removed = 0;
                    for (String table : importer.batchTables()) {
                        removed += batches.deleteRowsOfBatch(table, accountId, batchId);
                    }
                }
                if (removed < 0) {
                    return -1L;
                }
            }
            batches.delete(accountId, batchId);
            return removed;
        }));
    }

    /**
     * Deletes everything the imports of an account wrote: every batch, newest first, through its importer's
     * {@link ReportImporter#forget}, so each module removes its own rows. Used before a demo account is removed.
     *
     * @return the rows removed
     * @throws IllegalStateException when a batch's report type cannot remove its rows (nothing of that batch or the
     *     ones before it is removed then; the batches after it are gone already)
     */
    public long forgetAccount(long accountId) {
        long removed = 0;
        for (long batchId : batches.ids(accountId)) {
            long rows = deleteBatch(accountId, batchId).orElse(0L);
            if (rows < 0) {
                ImportBatch batch = batches.find(accountId, batchId).orElseThrow();
                throw new IllegalStateException("the rows of batch " + batchId + " (" + batch.fileName() + ", "
                        + batch.layoutTitle() + ") cannot be removed: its importer cannot tell them apart");
            }
            removed += rows;
        }
        return removed;
    }

    /** Imports the file of a batch again (a new batch), when Bosun still has it. */
    public Optional<List<ImportResult>> rerun(long accountId, long batchId, String importedBy) {
        Optional<ImportBatch> batch = batches.find(accountId, batchId);
        Optional<Path> file =
                batches.storedFile(accountId, batchId).map(Path::of).filter(Files::isRegularFile);
        if (batch.isEmpty() || file.isEmpty()) {
            return Optional.empty();
        }
        String name = batch.get().fileName();
        int entry = name.indexOf("!/");
        String displayName = entry > 0 ? name.substring(0, entry) : name;
        Marketplace marketplace =
                batch.get().marketplaces() == null || batch.get().marketplaces().contains(",")
                        ? null
                        : Marketplace.find(batch.get().marketplaces()).orElse(null);
        ReportImporter importer = batch.get().layoutId() == null
                ? null
                : importers.get(batch.get().layoutId());
        boolean periodGiven = importer != null
                && importer.layout().period() == ReportLayout.PeriodSource.FILE_NAME_OR_OPTION
                && batch.get().periodFrom() != null
                && FilePeriod.fromFileName(displayName).isEmpty();
        // A snapshot keeps the day it was first imported for, unless its file name says the day anyway.
        LocalDate snapshotDay = batch.get().snapshotDay() != null
                        && !SnapshotDay.Source.FILE_NAME
                                .name()
                                .equals(batch.get().snapshotDaySource())
                ? batch.get().snapshotDay()
                : null;
        ImportOptions options = new ImportOptions(
                "PARTIAL".equals(batch.get().status()),
                marketplace,
                snapshotDay != null ? snapshotDay : periodGiven ? batch.get().periodFrom() : null,
                snapshotDay != null ? snapshotDay : periodGiven ? batch.get().periodTo() : null,
                importedBy);
        return Optional.of(importFile(accountId, file.get(), displayName, options));
    }

    /** The batches of one upload, in import order. */
    public List<ImportBatch> batchesOfUpload(long accountId, long uploadId) {
        return batches.ofUpload(accountId, uploadId);
    }

    /** The ids of every import batch of an account, newest first: what its imported data is made of. */
    public List<Long> batchIds(long accountId) {
        return batches.ids(accountId);
    }

    /** The recent import batches of an account, newest first. */
    public List<ImportBatch> history(long accountId, int limit) {
        return batches.recent(accountId, limit);
    }

    /**
     * Per report type, the days imported reports brought data for (the end of each file's period, its snapshot
     * day, else its import day) between {@code from} and {@code to}. A review of a past date sees the files
     * imported later for days up to it, as a backfill would.
     */
    public List<ReportDays> dataDays(long accountId, LocalDate from, LocalDate to) {
        return batches.dataDays(accountId, from, to);
    }

    public Optional<ImportBatch> batch(long accountId, long batchId) {
        return batches.find(accountId, batchId);
    }

    public List<ImportProblem> problems(long accountId, long batchId) {
        return batches.problems(accountId, batchId);
    }
}

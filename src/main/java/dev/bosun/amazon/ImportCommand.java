package dev.bosun.amazon;

import dev.bosun.accounts.AccountDirectory;
import dev.bosun.accounts.SellerAccount;
import dev.bosun.amazon.domain.FilePeriod;
import dev.bosun.platform.cli.CommandFailedException;
import dev.bosun.platform.cli.ContextCommand;
import dev.bosun.platform.cli.ExitCode;
import dev.bosun.shared.Marketplace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

/** {@code bosun import}: report files (or folders of them) into a seller account. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Import Amazon report files: plain, gzip or zip; text, xlsx or JSON; any language.",
            "The report type is recognised from the content. Folders are searched for files.",
            "A folder with a manifest.json (in it or its parent, as bosun simulate writes) is imported",
            "with each listed file's marketplace and snapshot day.",
            "Exit codes: 0 every file imported, 1 some file rejected, 2 usage error."
        })
public class ImportCommand extends ContextCommand {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Report files or folders.")
    List<Path> files;

    @Option(
            names = "--account",
            paramLabel = "NAME",
            description = "Seller account name or id (may be left out when there is only one).")
    String account;

    @Option(
            names = "--period",
            paramLabel = "FROM..TO",
            description = "Dates a report without dates inside covers: a Business Report 2026-11-01..2026-11-24; an"
                    + " inventory snapshot (Manage FBA Inventory, restock, stranded) one day, 2026-11-24, else the"
                    + " date in its file name, else today.")
    String period;

    @Option(
            names = "--marketplace",
            paramLabel = "CODE",
            description = "Marketplace of files that do not say, e.g. DE.")
    String marketplace;

    @Option(
            names = "--lenient",
            description = "Import the good rows and list the rejected ones instead of refusing the file.")
    boolean lenient;

    @Option(names = "--json", description = "One JSON object: {\"files\":[…]}.")
    boolean json;

    private FilePeriod parsedPeriod;
    private Marketplace parsedMarketplace;
    private List<Path> expanded;
    /** Files of a folder whose {@code manifest.json} lists them, with what it says about them. */
    private final Map<Path, FolderManifest.Entry> listed = new java.util.HashMap<>();

    @Override
    protected void validate() {
        if (period != null) {
            try {
                parsedPeriod = FilePeriod.parse(period);
            } catch (IllegalArgumentException e) {
                throw CommandFailedException.usage(e.getMessage());
            }
        }
        if (marketplace != null) {
            parsedMarketplace = Marketplace.find(marketplace)
                    .orElseThrow(() -> CommandFailedException.usage("unknown marketplace code '" + marketplace + "'"));
        }
        expanded = new ArrayList<>();
        for (Path file : files) {
            if (Files.isDirectory(file)) {
                FolderManifest manifest;
                try {
                    manifest = FolderManifest.near(file).orElse(null);
                } catch (IllegalArgumentException e) {
                    throw CommandFailedException.usage(e.getMessage());
                }
                try (Stream<Path> walk = Files.walk(file)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> !p.getFileName().toString().startsWith("."))
                            .filter(p -> manifest == null || !manifest.isCompanion(p))
                            .sorted()
                            .forEach(p -> {
                                expanded.add(p);
                                if (manifest != null) {
                                    manifest.entry(p).ifPresent(entry -> listed.put(p, entry));
                                }
                            });
                } catch (IOException e) {
                    throw CommandFailedException.usage("cannot read the folder " + file + ": " + e.getMessage());
                }
            } else if (Files.isRegularFile(file)) {
                expanded.add(file);
            } else {
                throw CommandFailedException.usage("no such file: " + file);
            }
        }
        if (expanded.isEmpty()) {
            throw CommandFailedException.usage("the folders hold no files");
        }
    }

    @Override
    protected int execute(ApplicationContext context) {
        AccountDirectory directory = context.getBean(AccountDirectory.class);
        SellerAccount target = target(directory);
        ReportImports imports = context.getBean(ReportImports.class);
        ImportOptions options = new ImportOptions(
                lenient,
                parsedMarketplace,
                parsedPeriod == null ? null : parsedPeriod.from(),
                parsedPeriod == null ? null : parsedPeriod.to(),
                "cli");
        List<ImportResult> results = new ArrayList<>();
        for (Path file : expanded) {
            List<ImportResult> ofFile;
            try {
                ofFile = imports.importFile(target.id(), file, file.toString(), optionsOf(file, options));
            } catch (IllegalArgumentException e) {
                throw new CommandFailedException(e.getMessage());
            }
            results.addAll(ofFile);
            if (!json) {
                ofFile.forEach(this::printLine);
            }
        }
        if (json) {
            out().println(context.getBean(JsonMapper.class)
                    .writeValueAsString(Map.of(
                            "files",
                            results.stream().map(r -> r.describe(target.name())).toList())));
        }
        return results.stream().allMatch(ImportResult::imported) ? ExitCode.OK : ExitCode.FAILED;
    }

    /**
     * The options for one file: a folder's manifest gives the marketplace and the snapshot day of the files it
     * lists, unless --marketplace or --period say otherwise.
     */
    private ImportOptions optionsOf(Path file, ImportOptions given) {
        FolderManifest.Entry entry = listed.get(file);
        if (entry == null) {
            return given;
        }
        Marketplace market = given.marketplace() != null ? given.marketplace() : entry.marketplace();
        boolean ownDay = given.periodFrom() == null && entry.day() != null;
        return new ImportOptions(
                given.lenient(),
                market,
                ownDay ? entry.day() : given.periodFrom(),
                ownDay ? entry.day() : given.periodTo(),
                given.importedBy());
    }

    private SellerAccount target(AccountDirectory directory) {
        long org = directory.defaultOrganisation();
        List<SellerAccount> all = directory.ofOrganisation(org);
        if (account == null) {
            if (all.size() == 1) {
                return all.get(0);
            }
            throw new CommandFailedException(
                    all.isEmpty()
                            ? "there is no seller account yet; create one with: bosun accounts add NAME --marketplaces US"
                            : "there are " + all.size() + " seller accounts; say which with --account NAME");
        }
        return directory
                .findByName(org, account)
                .or(() -> all.stream()
                        .filter(a -> String.valueOf(a.id()).equals(account))
                        .findFirst())
                .orElseThrow(() -> new CommandFailedException("no seller account named '" + account + "'"));
    }

    private void printLine(ImportResult r) {
        if (r.imported()) {
            out().printf(
                            "%s: %s%s, %d rows, %d inserted, %d updated, %d unchanged, %d rejected%s%n",
                            r.file(),
                            r.type(),
                            r.snapshotDay() == null
                                    ? ""
                                    : " of " + r.snapshotDay().day() + " ("
                                            + r.snapshotDay()
                                                    .source()
                                                    .name()
                                                    .toLowerCase(java.util.Locale.ROOT)
                                                    .replace('_', ' ')
                                            + ")",
                            r.rows(),
                            r.inserted(),
                            r.updated(),
                            r.unchanged(),
                            r.rejected(),
                            r.status().equals("PARTIAL") ? " (lenient)" : "");
            if (r.status().equals("PARTIAL")) {
                printProblems(r);
            }
        } else {
            out().printf(
                            "%s: REJECTED%s, %d problem%s%n",
                            r.file(),
                            r.type() == null ? "" : " (" + r.type() + ")",
                            r.problemCount(),
                            r.problemCount() == 1 ? "" : "s");
            printProblems(r);
        }
    }

    private void printProblems(ImportResult r) {
        for (ImportProblem p : r.problems()) {
            out().println("  " + p.describe(r.file()));
        }
        if (r.problemCount() > r.problems().size()) {
            out().printf(
                            "  … and %d more problems%n",
                            r.problemCount() - r.problems().size());
        }
    }
}

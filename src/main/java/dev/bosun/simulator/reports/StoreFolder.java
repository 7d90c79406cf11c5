package dev.bosun.simulator.reports;

import dev.bosun.shared.Marketplace;
import dev.bosun.simulator.domain.Locality;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The folder a simulated store is written to: one sub-folder per marketplace ({@code US/orders/all-orders.txt}),
 * the files' conventions per marketplace, and the list of what was written.
 */
final class StoreFolder {

    private final Path root;
    private final Map<Marketplace, FileLocale> locales = new EnumMap<>(Marketplace.class);
    private final List<WrittenFile> written = new ArrayList<>();

    StoreFolder(Path root, List<Locality> localities) {
        this.root = root;
        for (Locality locality : localities) {
            locales.put(locality.marketplace(), new FileLocale(locality.marketplace(), locality.minorDigits()));
        }
    }

    Path root() {
        return root;
    }

    FileLocale locale(Marketplace marketplace) {
        return locales.get(marketplace);
    }

    /** A tab-separated flat file in the marketplace's flat-file encoding. */
    TextFile flatFile(Marketplace marketplace, String name, String report, List<String> header) {
        return flatFile(marketplace, name, report, null, header);
    }

    TextFile flatFile(Marketplace marketplace, String name, String report, LocalDate snapshotDay, List<String> header) {
        Charset charset = locales.get(marketplace).flatFileCharset();
        return TextFile.tab(register(marketplace, name, report, snapshotDay), charset, header);
    }

    /** A tab-separated file in UTF-8 (reports Amazon writes in UTF-8 everywhere). */
    TextFile utf8TabFile(Marketplace marketplace, String name, String report, List<String> header) {
        return TextFile.tab(register(marketplace, name, report, null), StandardCharsets.UTF_8, header);
    }

    /** A UTF-8 CSV download; {@code bom} for files people open in Excel (Bosun's templates). */
    TextFile csvFile(Marketplace marketplace, String name, String report, boolean bom, List<String> header) {
        return TextFile.csv(register(marketplace, name, report, null), StandardCharsets.UTF_8, bom, header);
    }

    /** A UTF-8 CSV download whose header row follows a few lines of description (the Date Range report). */
    TextFile csvFileWithPreamble(
            Marketplace marketplace, String name, String report, List<String> preamble, List<String> header) {
        return TextFile.csvWithPreamble(
                register(marketplace, name, report, null), StandardCharsets.UTF_8, preamble, header);
    }

    JsonText json(Marketplace marketplace, String name, String report) {
        return new JsonText(register(marketplace, name, report, null));
    }

    /** A gzip-compressed JSON document ({@code name} ends in {@code .json.gz}). */
    JsonText gzipJson(Marketplace marketplace, String name, String report) {
        return new JsonText(register(marketplace, name, report, null), true);
    }

    /** A file outside the marketplace folders (truth.json, manifest.json), not a report. */
    Path topLevel(String name) {
        return root.resolve(name);
    }

    private Path register(Marketplace marketplace, String name, String report, LocalDate snapshotDay) {
        String relative = marketplace.code() + "/" + name;
        written.add(new WrittenFile(relative, report, marketplace, snapshotDay));
        return root.resolve(relative);
    }

    List<WrittenFile> written() {
        return List.copyOf(written);
    }
}

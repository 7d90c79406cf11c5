package dev.bosun.amazon;

import dev.bosun.shared.Marketplace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code manifest.json} beside a folder of reports (the simulator writes one; a download tool may too): per
 * report file, the marketplace it belongs to and, for a snapshot without a date inside (Manage FBA Inventory,
 * restock, stranded), the day it stands for. Paths are relative to the manifest's folder:
 *
 * <pre>{"files": [{"path": "US/inventory/manage-fba-inventory-2025-12-18.txt", "marketplace": "US",
 *   "period": "2025-12-18"}, …]}</pre>
 *
 * <p>A folder import uses it so that every snapshot is imported as of its own day, whatever its name says.
 */
final class FolderManifest {

    static final String NAME = "manifest.json";

    /** What the manifest says about one file; either value may be null. */
    record Entry(Marketplace marketplace, LocalDate day) {}

    private final Path root;
    private final Map<Path, Entry> entries;

    private FolderManifest(Path root, Map<Path, Entry> entries) {
        this.root = root;
        this.entries = entries;
    }

    /**
     * The manifest of a folder being imported: {@code manifest.json} in the folder itself or in its parent (a
     * simulated store's root, when one marketplace's folder is imported).
     *
     * @throws IllegalArgumentException when a manifest is there but cannot be read
     */
    static Optional<FolderManifest> near(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        for (Path dir : new Path[] {absolute, absolute.getParent()}) {
            if (dir != null && Files.isRegularFile(dir.resolve(NAME))) {
                return Optional.of(read(dir.resolve(NAME)));
            }
        }
        return Optional.empty();
    }

    static FolderManifest read(Path manifest) {
        Path root = manifest.toAbsolutePath().normalize().getParent();
        JsonNode json;
        try {
            json = JsonMapper.builder().build().readTree(Files.readString(manifest));
        } catch (IOException | JacksonException e) {
            throw new IllegalArgumentException("cannot read " + manifest + ": " + e.getMessage(), e);
        }
        JsonNode files = json.get("files");
        if (files == null || !files.isArray()) {
            throw new IllegalArgumentException(manifest + " has no \"files\" list");
        }
        Map<Path, Entry> entries = new HashMap<>();
        for (JsonNode file : files) {
            String path = text(file, "path");
            if (path == null) {
                throw new IllegalArgumentException(manifest + ": a file without \"path\"");
            }
            String code = text(file, "marketplace");
            Marketplace marketplace = code == null
                    ? null
                    : Marketplace.find(code)
                            .orElseThrow(() -> new IllegalArgumentException(
                                    manifest + ": " + path + " names an unknown marketplace '" + code + "'"));
            String period = text(file, "period");
            LocalDate day;
            try {
                day = period == null ? null : LocalDate.parse(period);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException(
                        manifest + ": " + path + " has the period '" + period + "', not a day YYYY-MM-DD", e);
            }
            entries.put(root.resolve(path).normalize(), new Entry(marketplace, day));
        }
        return new FolderManifest(root, entries);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    /** What the manifest says about {@code file}, if it lists it. */
    Optional<Entry> entry(Path file) {
        return Optional.ofNullable(entries.get(file.toAbsolutePath().normalize()));
    }

    /**
     * Whether {@code file} is one of the manifest's own companions rather than a report: a file directly in the
     * manifest's folder that it does not list (the manifest itself, {@code truth.json}, {@code answer-key.json}).
     */
    boolean isCompanion(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return root.equals(absolute.getParent()) && !entries.containsKey(absolute);
    }
}

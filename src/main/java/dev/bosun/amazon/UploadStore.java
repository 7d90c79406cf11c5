package dev.bosun.amazon;

import dev.bosun.platform.BosunSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Where uploaded report files are kept: {@code BOSUN_DATA_DIR/uploads/<account>/<upload>/<nnn>__<name>}. Kept so
 * that a batch can be run again; with several nodes, the data directory must be shared storage.
 */
@Component
public class UploadStore {

    private final Path root;

    UploadStore(BosunSettings settings) {
        this.root = settings.dataDirectory().resolve("uploads");
    }

    /** Stores one file of an upload under a safe name; returns its size. */
    public long store(long accountId, long uploadId, int ordinal, String originalName, InputStream content) {
        Path dir = root.resolve(Long.toString(accountId)).resolve(Long.toString(uploadId));
        try {
            Files.createDirectories(dir);
            Path target = dir.resolve(String.format("%03d__%s", ordinal, safe(originalName)));
            try (content) {
                Files.copy(content, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return Files.size(target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the upload: " + e.getMessage(), e);
        }
    }

    /**
     * Takes a file already on this machine into an upload by moving it (a rename within the data directory, so a
     * large simulated store is not copied); returns its size.
     */
    public long move(long accountId, long uploadId, int ordinal, String originalName, Path file) {
        Path dir = root.resolve(Long.toString(accountId)).resolve(Long.toString(uploadId));
        try {
            Files.createDirectories(dir);
            Path target = dir.resolve(String.format("%03d__%s", ordinal, safe(originalName)));
            Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
            return Files.size(target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + file + " into the upload: " + e.getMessage(), e);
        }
    }

    /** Deletes the stored files of every upload of an account. */
    public void deleteAccount(long accountId) {
        Path dir = root.resolve(Long.toString(accountId));
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the uploaded files in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The files of an upload in the order they were given. */
    public List<Path> files(long accountId, long uploadId) {
        Path dir = root.resolve(Long.toString(accountId)).resolve(Long.toString(uploadId));
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name the user gave the file, from its stored name. */
    public String originalName(Path stored) {
        String name = stored.getFileName().toString();
        int split = name.indexOf("__");
        return split >= 0 ? name.substring(split + 2).replace('\u2215', '/') : name;
    }

    /** Keeps letters, digits and common punctuation; folder separators of folder uploads become ∕ (U+2215). */
    static String safe(String name) {
        String base = name == null || name.isBlank() ? "file" : name.strip();
        base = base.replace('\\', '/');
        while (base.startsWith("/")) {
            base = base.substring(1);
        }
        base = base.replace("..", "_").replace('/', '\u2215');
        base = base.replaceAll("[\\p{Cntrl}:*?\"<>|]", "_");
        return base.length() > 180 ? base.substring(base.length() - 180) : base;
    }
}
